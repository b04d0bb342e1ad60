import type { CellValue } from '../../../../src/engine/grid/Grid';
import { readWorkbook } from '../../../../src/engine/read/readWorkbook';
import { gridOf } from '../gridOf';

/** Where the header is and what the table is, across the ways finance teams start a sheet. */
describe('header row and role detection', () => {
  it.each<[string, string, CellValue[][], number, string]>([
    [
      'header on the first row',
      'Budget',
      [
        ['Account', 'Jan-26', 'Feb-26'],
        ['Fuel', 1, 2],
      ],
      1,
      'finance',
    ],
    [
      'below a title and a blank row',
      'Budget',
      [['Acme Ltd'], [], ['Account', 'Jan-26', 'Feb-26'], ['Fuel', 1, 2]],
      3,
      'finance',
    ],
    [
      'below three title rows',
      'Sheet1',
      [['Acme Ltd'], ['Budget 2026'], ['US$'], ['Account', 'Jan-26', 'Feb-26'], ['Fuel', 1, 2]],
      4,
      'finance',
    ],
    [
      'with months only as the header',
      'Budget FY26',
      [
        [null, 'Jan', 'Feb', 'Mar'],
        ['Fuel', 1, 2, 3],
      ],
      1,
      'finance',
    ],
    [
      'as a long ledger',
      'GL',
      [
        ['Date', 'Account', 'Amount'],
        ['2026-01-31', 'Fuel', 5],
      ],
      1,
      'finance',
    ],
    [
      'a KPI list by "Metric"',
      'Ops',
      [
        ['Metric', 'Owner', 'Target', 'Jan-26'],
        ['OTD', 'Ops', 0.95, 0.9],
      ],
      1,
      'kpi',
    ],
    [
      'a KPI list described, not named',
      'Ops',
      [
        ['Description', 'Owner', 'Unit', 'Target', 'Jan-26', 'Feb-26'],
        ['OTD', 'Ops', '%', 0.95, 0.9, 0.92],
      ],
      1,
      'kpi',
    ],
    [
      'a SWOT list by type letters',
      'Strategy',
      [
        ['Description', 'Type', 'Score'],
        ['Brand', 'S', 4],
        ['Costs', 'W', 2],
      ],
      1,
      'swot',
    ],
    [
      'objectives under a title',
      'Plan',
      [['Goals 2026'], ['Goal', 'Target', 'Phasing'], ['Win contracts', 6, 'Even']],
      2,
      'objectives',
    ],
    [
      'nothing recognisable',
      'Notes',
      [
        ['Name', 'Phone'],
        ['Ann', '555'],
      ],
      0,
      'none',
    ],
  ])('%s', (_why, sheet, rows, headerRow, role) => {
    const read = readWorkbook([gridOf(sheet, rows)]);
    const table = read.tables.find((t) => t.role !== 'unknown');
    expect(table?.headerRow ?? 0).toBe(headerRow);
    expect(table?.role ?? 'none').toBe(role);
    if (table) expect(table.reason).toMatch(/^Read as /);
  });
});
