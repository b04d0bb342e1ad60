import { planPackSheets } from '../../../src/engine/pack/planPackSheets';

const wanted = [
  { key: 'summary' as const, name: 'OR Summary' },
  { key: 'variance' as const, name: 'OR Variance' },
];

describe('planPackSheets', () => {
  it('creates the wanted sheets on a first run', () => {
    const plan = planPackSheets(wanted, ['Budget', 'Actuals'], []);
    expect(plan.sheets).toEqual([
      { key: 'summary', name: 'OR Summary', refresh: false },
      { key: 'variance', name: 'OR Variance', refresh: false },
    ]);
    expect(plan.messages).toEqual([]);
  });

  it('never takes a user\'s sheet that has the wanted name: picks "(2)" and says so', () => {
    const plan = planPackSheets(wanted, ['Budget', 'or summary', 'OR Summary (2)'], []);
    expect(plan.sheets[0]).toEqual({ key: 'summary', name: 'OR Summary (3)', refresh: false, wanted: 'OR Summary' });
    expect(plan.messages[0]).toContain('"OR Summary" already exists');
    expect(plan.messages[0]).toContain('"OR Summary (3)"');
  });

  it('refreshes the sheets registered by an earlier run, under the name they got then', () => {
    const plan = planPackSheets(
      wanted,
      ['OR Summary', 'OR Summary (2)', 'OR Variance'],
      [
        { key: 'summary', name: 'OR Summary (2)' },
        { key: 'variance', name: 'OR Variance' },
      ],
    );
    expect(plan.sheets).toEqual([
      { key: 'summary', name: 'OR Summary (2)', refresh: true },
      { key: 'variance', name: 'OR Variance', refresh: true },
    ]);
  });

  it('keeps registering earlier pack sheets this pack does not rewrite, and forgets deleted ones', () => {
    const plan = planPackSheets(
      [wanted[0]],
      ['OR Summary', 'OR Goals'],
      [
        { key: 'summary', name: 'OR Summary' },
        { key: 'goals', name: 'OR Goals' },
        { key: 'kpis', name: 'OR KPIs' },
      ],
    );
    expect(plan.register).toEqual([
      { key: 'summary', name: 'OR Summary' },
      { key: 'goals', name: 'OR Goals' },
    ]);
  });
});
