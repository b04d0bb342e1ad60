import fc from 'fast-check';
import type { CellValue, Grid } from '../../../src/engine/grid/Grid';
import { columnIndex, parseA1, toA1 } from '../../../src/engine/grid/address';
import { parseNumber } from '../../../src/engine/read/cells/parseNumber';
import { readWorkbook } from '../../../src/engine/read/readWorkbook';

/**
 * Garbage in, diagnostics out: random grids mixing header words, labels, numbers, numbers typed as text, words and
 * Excel errors must never make readWorkbook throw, and every unreadable cell in a column read as amounts must come
 * back as a diagnostic with its address. Fixed seed; 10,000 runs in CI, 1,000 locally.
 */
const RUNS = process.env.CI ? 10_000 : 1_000;

const WORDS = [
  'Account',
  'Department',
  'Code',
  'Jan-26',
  'Feb 2026',
  'Mar-26',
  '2026-04',
  'Full year',
  'Comments',
  'Total',
  'KPI',
  'Owner',
  'Unit',
  'Direction',
  'Target',
  'Factor',
  'Category',
  'Weight',
  'Rating',
  'Objective',
  'Annual target',
  'Phasing',
  'Period',
  'Scenario',
  'Amount',
  'Budget',
  'Actual',
  'Revenue',
  'Fuel',
  'Total revenue',
  'Gross profit',
  'S',
  'Threat',
  'Higher',
  'Even',
  '4000',
  'Note: draft',
  'FY26 P01',
  'Q1 2026',
  'Jan',
];
const JUNK = [
  '(1,200)',
  '1 200',
  '12.5%',
  'tbd',
  'n/a',
  '-',
  '',
  '   ',
  '$-',
  '1,2,3',
  '\u00a0',
  '#N/A',
  '--',
  '1e400',
  '(',
  ')',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 4, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.integer({ min: 32_874, max: 73_050 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>({ error: '#N/A' }, { error: '#DIV/0!' }, { error: '#REF!' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const grid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.constantFrom('Budget', 'Actuals FY26', 'KPIs', 'SWOT', 'Objectives', 'Sheet1', 'Prior year'),
  address: fc.constantFrom('A1', 'B3', 'C10'),
  values: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 14 }),
});

describe('readWorkbook on garbage', () => {
  it('never throws and reports every unreadable amount with its cell', () => {
    let checked = 0;
    fc.assert(
      // Sheet names are unique in a workbook, as Excel enforces.
      fc.property(
        fc.uniqueArray(grid, { maxLength: 3, selector: (g) => g.sheet }),
        fc.option(fc.anything(), { nil: undefined }),
        (grids, mapping) => {
          const read = readWorkbook(grids, { mapping });
          const flagged = new Set(read.diagnostics.map((d) => `${d.sheet}!${d.cell}`));
          for (const table of read.tables) {
            if ((table.role !== 'finance' && table.role !== 'kpi') || table.layout !== 'wide') continue;
            const g = grids.find((x) => x.sheet === table.sheet && x.tableName === undefined);
            if (!g) continue;
            const origin = parseA1(g.address) ?? { row: 0, column: 0 };
            const [from, to] = table.range.split(':').map((a) => parseA1(a) ?? { row: 0, column: 0 });
            const left = excludedRows(read.excludedRows, table.sheet);
            for (let row = from.row + 1; row <= to.row; row++) {
              if (left.has(row + 1)) continue;
              for (const column of table.columns.filter((c) => c.role === 'month')) {
                const sheetColumn = from.column + column.index;
                const value = g.values[row - origin.row]?.[sheetColumn - origin.column] ?? null;
                if (parseNumber(value).kind !== 'error') continue;
                const labelled = labelledRow(g, row - origin.row, table, from.column - origin.column);
                if (!labelled) continue;
                checked++;
                expect(flagged).toContain(`${table.sheet}!${toA1({ row, column: sheetColumn })}`);
              }
            }
          }
          for (const fact of read.facts) expect(Number.isFinite(fact.amount)).toBe(true);
        },
      ),
      { seed: 20260101, numRuns: RUNS },
    );
    // The property must have met unreadable amounts in read lines, or it proved nothing.
    expect(checked).toBeGreaterThan(RUNS / 100);
  });
});

function excludedRows(rows: readonly { sheet: string; row: number }[], sheet: string): Set<number> {
  return new Set(rows.filter((r) => r.sheet === sheet).map((r) => r.row));
}

/** A line is read when it has an account label or code; a row with neither is left out as unlabelled. */
function labelledRow(
  g: Grid,
  row: number,
  table: { columns: readonly { index: number; role: string }[] },
  left: number,
): boolean {
  return table.columns
    .filter((c) => ['account', 'accountCode', 'label', 'kpi', 'dimension'].includes(c.role))
    .some((c) => {
      const v = g.values[row]?.[left + c.index] ?? null;
      return v !== null && String(typeof v === 'object' ? v.error : v).trim() !== '';
    });
}

// Guard against a silently passing property: the generator does produce finance tables with bad cells.
it('garbage grids do exercise the finance reader', () => {
  const sample = fc.sample(fc.array(grid, { minLength: 1, maxLength: 3 }), { seed: 7, numRuns: 300 });
  const withTables = sample.filter((grids) => readWorkbook(grids).tables.some((t) => t.role === 'finance'));
  expect(withTables.length).toBeGreaterThan(5);
  expect(columnIndex('A')).toBe(0);
});
