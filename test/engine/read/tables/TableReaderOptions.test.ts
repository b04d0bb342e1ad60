import type { ColumnRole } from '../../../../src/engine/read/WorkbookRead';
import { monthColumns, roleColumn } from '../../../../src/engine/read/tables/TableReaderOptions';

// A scorecard whose table starts in column C (grid column 2): KPI | Category | Type | Jan-26 | Feb-26.
const table = {
  columnStart: 2,
  columns: [
    { index: 0, header: 'KPI', role: 'kpi' },
    { index: 1, header: 'Category', role: 'category' },
    { index: 2, header: 'Type', role: 'category' },
    { index: 3, header: 'Jan-26', role: 'month', period: '2026-01' },
    { index: 4, header: 'Feb-26', role: 'month', period: '2026-02' },
  ] satisfies ColumnRole[],
};

describe('roleColumn', () => {
  it('gives the grid column of the first role the table has, in the order asked', () => {
    expect(roleColumn(table, ['account', 'kpi'])).toBe(2);
    expect(roleColumn(table, ['category'])).toBe(3);
    expect(roleColumn(table, ['owner'])).toBeNull();
  });

  it('passes over the column it is told to skip (a SWOT category column)', () => {
    expect(roleColumn(table, ['category'], 1)).toBe(4);
  });
});

describe('monthColumns', () => {
  it('lists the month columns with their periods', () => {
    expect(monthColumns(table)).toEqual([
      { column: 5, period: '2026-01' },
      { column: 6, period: '2026-02' },
    ]);
  });
});
