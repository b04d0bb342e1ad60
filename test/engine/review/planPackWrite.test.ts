import { buildPack } from '../../../src/engine/pack/buildPack';
import type { Grid } from '../../../src/engine/grid/Grid';
import { sheetMarkText } from '../../../src/engine/pack/packMarks';
import { packSheetCandidates, planPackWrite, type PreviousPackState } from '../../../src/engine/review/planPackWrite';
import { analysisResult } from '../../fixtures/analysisResult';

const pack = buildPack(analysisResult, { generatedAt: '2026-04-03T09:15:00Z', sheets: ['summary', 'variance'] });

/** A workbook with the user's own Budget sheet and nothing of a pack. */
const fresh: PreviousPackState = {
  sheetNames: ['Budget'],
  register: [],
  marked: new Map(),
  squatted: false,
  cellsOf: () => null,
};

/** A workbook holding last month's pack: both sheets registered, named and carrying their content mark. */
function packed(summaryCells: Grid | null): PreviousPackState {
  const cells = new Map<string, Grid | null>([
    ['OR Summary', summaryCells],
    ['OR Variance', { sheet: 'OR Variance', address: 'A1', values: [[sheetMarkText('variance')]] }],
  ]);
  return {
    sheetNames: ['Budget', 'OR Summary', 'OR Variance'],
    register: [
      { key: 'summary', name: 'OR Summary' },
      { key: 'variance', name: 'OR Variance' },
    ],
    marked: new Map([
      ['summary', 'OR Summary'],
      ['variance', 'OR Variance'],
    ]),
    squatted: false,
    cellsOf: (name) => cells.get(name) ?? null,
  };
}

describe('planPackWrite', () => {
  it('creates every sheet on a first run, each with its content mark, and the register', () => {
    const plan = planPackWrite(pack, fresh);
    expect(plan.report.sheets).toEqual([
      { name: 'OR Summary', created: true },
      { name: 'OR Variance', created: true },
    ]);
    for (const sheet of plan.sheets) {
      expect(JSON.stringify(sheet.layout.cells)).toContain(sheetMarkText(sheet.key));
    }
    expect(plan.runLog?.key).toBe('runLog');
    expect(plan.register).toEqual([
      { key: 'summary', name: 'OR Summary' },
      { key: 'variance', name: 'OR Variance' },
    ]);
  });

  it('refreshes only the sheets that carry their content mark, and says why another was left alone', () => {
    const mark = { sheet: 'OR Summary', address: 'A1', values: [[sheetMarkText('summary')]] };
    expect(planPackWrite(pack, packed(mark)).sheets.map((s) => s.refresh)).toEqual([true, true]);
    const userSheet = { sheet: 'OR Summary', address: 'A1', values: [['My own notes']] };
    const plan = planPackWrite(pack, packed(userSheet));
    expect(plan.sheets.map((s) => [s.name, s.refresh])).toEqual([
      ['OR Summary (2)', false],
      ['OR Variance', true],
    ]);
    expect(plan.report.messages.join(' ')).toContain('"OR Summary" was not written');
  });

  it('writes no register over a user sheet that has its name, and says what that means', () => {
    const plan = planPackWrite(pack, { ...fresh, squatted: true });
    expect(plan.runLog).toBeNull();
    expect(plan.report.messages.join(' ')).toContain('belongs to you, not to Ops Review');
  });

  // The fixture's Rent line has no variance (25,000 budget, 25,000 actual), so a Variance sheet capped at 2 lines
  // folds it into "Other lines"; last month's pack listed it and the user commented on it there.
  it("lists a line the cap would fold when last month's pack carries a comment on it, comment on its row", () => {
    const capped = buildPack(analysisResult, {
      generatedAt: '2026-04-03T09:15:00Z',
      sheets: ['variance'],
      varianceLines: 2,
    });
    const lastMonth: Grid = {
      sheet: 'OR Variance',
      address: 'A1',
      values: [
        [sheetMarkText('variance')],
        ['Account', 'Commentary', 'Owner', 'Action', 'Due', 'Line key'],
        ['Rent', 'Lease renewed in March', 'CFO', null, null, 'Rent | Admin'],
      ],
    };
    const state: PreviousPackState = {
      sheetNames: ['Budget', 'OR Variance'],
      register: [{ key: 'variance', name: 'OR Variance' }],
      marked: new Map([['variance', 'OR Variance']]),
      squatted: false,
      cellsOf: (name) => (name === 'OR Variance' ? lastMonth : null),
    };
    const plan = planPackWrite(capped, state);
    const rows = plan.sheets[0]?.layout.cells.flatMap((c) => c.values) ?? [];
    const rent = rows.find((row) =>
      row.some((v) => v !== null && typeof v === 'object' && 'text' in v && v.text === 'Rent'),
    );
    expect(JSON.stringify(rent)).toContain('Lease renewed in March');
    expect(plan.report.messages).toEqual([]);
  });

  it('reads only the sheets the marks point at', () => {
    expect(packSheetCandidates(fresh)).toEqual([]);
    expect(packSheetCandidates({ ...packed(null), sheetNames: ['Budget', 'or summary'] })).toEqual(['or summary']);
  });
});
