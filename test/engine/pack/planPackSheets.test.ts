import type { PackSheetKey } from '../../../src/engine/pack/Pack';
import { planPackSheets } from '../../../src/engine/pack/planPackSheets';

const wanted = [
  { key: 'summary' as const, name: 'OR Summary' },
  { key: 'variance' as const, name: 'OR Variance' },
];

const none = new Map<PackSheetKey, string>();
/** Every sheet holds its content mark (the checks of the register and the names are under test). */
const carries = () => true;

describe('planPackSheets', () => {
  it('creates the wanted sheets on a first run', () => {
    const plan = planPackSheets(wanted, ['Budget', 'Actuals'], [], none, carries);
    expect(plan.sheets).toEqual([
      { key: 'summary', name: 'OR Summary', refresh: false },
      { key: 'variance', name: 'OR Variance', refresh: false },
    ]);
    expect(plan.messages).toEqual([]);
  });

  it('never takes a user\'s sheet that has the wanted name: picks "(2)" and says so', () => {
    const plan = planPackSheets(wanted, ['Budget', 'or summary', 'OR Summary (2)'], [], none, carries);
    expect(plan.sheets[0]).toEqual({ key: 'summary', name: 'OR Summary (3)', refresh: false, wanted: 'OR Summary' });
    expect(plan.messages[0]).toContain('"OR Summary" already exists');
    expect(plan.messages[0]).toContain('"OR Summary (3)"');
  });

  it('refreshes the sheets registered by an earlier run and still marked, under the name they got then', () => {
    const plan = planPackSheets(
      wanted,
      ['OR Summary', 'OR Summary (2)', 'OR Variance'],
      [
        { key: 'summary', name: 'OR Summary (2)' },
        { key: 'variance', name: 'OR Variance' },
      ],
      new Map([
        ['summary', 'OR Summary (2)'],
        ['variance', 'OR Variance'],
      ]),
      carries,
    );
    expect(plan.sheets).toEqual([
      { key: 'summary', name: 'OR Summary (2)', refresh: true },
      { key: 'variance', name: 'OR Variance', refresh: true },
    ]);
    expect(plan.messages).toEqual([]);
  });

  it('treats a registered name without the mark as a user sheet: left alone, the pack goes to "(2)"', () => {
    // The user deleted the pack's "OR Variance" (its mark broke) and made a sheet of their own with that name.
    const plan = planPackSheets(
      wanted,
      ['OR Summary', 'OR Variance'],
      [{ key: 'variance', name: 'OR Variance' }],
      none,
      carries,
    );
    expect(plan.sheets[1]).toEqual({ key: 'variance', name: 'OR Variance (2)', refresh: false, wanted: 'OR Variance' });
    expect(plan.messages).toEqual([
      'The sheet "OR Variance" is not the pack sheet Ops Review created under that name (that one was deleted or replaced), so it is treated as yours and left alone.',
      'A sheet named "OR Summary" already exists and is not part of the pack, so it was left alone and the pack used "OR Summary (2)".',
      'A sheet named "OR Variance" already exists and is not part of the pack, so it was left alone and the pack used "OR Variance (2)".',
    ]);
    expect(plan.register).toContainEqual({ key: 'variance', name: 'OR Variance (2)' });
  });

  it('does not trust a mark the register does not list', () => {
    const plan = planPackSheets(wanted, ['OR Variance'], [], new Map([['variance', 'OR Variance']]), carries);
    expect(plan.sheets[1]).toMatchObject({ name: 'OR Variance (2)', refresh: false });
  });

  it('follows a pack sheet the user renamed: refreshed under its new name, said once, registered as renamed', () => {
    const plan = planPackSheets(
      [wanted[1]],
      ['Variance notes', 'OR Variance'],
      [{ key: 'variance', name: 'OR Variance' }],
      new Map([['variance', 'variance NOTES']]),
      carries,
    );
    // The mark's reference may differ in case from the tab (names compare without case): the tab's own name is used.
    expect(plan.sheets).toEqual([{ key: 'variance', name: 'Variance notes', refresh: true }]);
    expect(plan.messages).toEqual([
      'The sheet "OR Variance" is not the pack sheet Ops Review created under that name (that one was deleted or replaced), so it is treated as yours and left alone.',
      'The pack sheet "OR Variance" is now called "Variance notes"; it was refreshed under that name.',
    ]);
    expect(plan.register).toEqual([{ key: 'variance', name: 'Variance notes' }]);
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
      new Map([
        ['summary', 'OR Summary'],
        ['goals', 'OR Goals'],
      ]),
      carries,
    );
    expect(plan.register).toEqual([
      { key: 'summary', name: 'OR Summary' },
      { key: 'goals', name: 'OR Goals' },
    ]);
  });

  it('never refreshes a sheet the mark came to point at without its content mark: the user is told which and why', () => {
    // The hidden name followed cell A1 of "OR Variance" when it was cut and pasted into the user's "Budget FY26".
    const plan = planPackSheets(
      [wanted[1]],
      ['Budget FY26', 'OR Variance'],
      [{ key: 'variance', name: 'OR Variance' }],
      new Map([['variance', 'Budget FY26']]),
      (key, sheet) => key === 'variance' && sheet === 'OR Variance',
    );
    expect(plan.sheets).toEqual([{ key: 'variance', name: 'OR Variance (2)', refresh: false, wanted: 'OR Variance' }]);
    expect(plan.messages[0]).toBe(
      'The sheet "Budget FY26" was not written: the pack\'s name _OpsReview_variance points at it, but it does not hold the mark Ops Review writes into its own sheets, so it is yours.',
    );
    expect(plan.messages.join(' ')).not.toContain('refreshed');
  });
});
