import type { CellValue, Grid } from '../../../src/engine/grid/Grid';
import { NA, gridOf } from './gridOf';

/**
 * Finance sheets as finance teams lay them out, each a small but complete example of one layout. Amounts are chosen
 * so totals are easy to check by hand; each fixture says what it stands for.
 */

const MONTHS_26 = ['Jan-26', 'Feb-26', 'Mar-26'];

/** Wide budget with title rows, sections, a labelled subtotal, an unlabelled arithmetic subtotal, Gross profit, notes. */
export const wideBudget: Grid = gridOf('Budget', [
  ['Acme Freight Ltd'],
  ['Budget 2026', null, null],
  [],
  ['Account', 'Department', ...MONTHS_26, 'Full year', 'Comments'],
  ['Revenue'],
  ['Freight revenue', 'Road', 100, 110, 120, 330, null],
  ['Storage revenue', 'Depot', 50, 50, 60, 160, 'New client in March'],
  ['Total revenue', null, 150, 160, 180, 490],
  [],
  ['Cost of sales'],
  ['Fuel', 'Road', 30, 32, 34, 96],
  ['Drivers', 'Road', 40, 40, 40, 120],
  [null, null, 70, 72, 74, 216], // subtotal with no label: equals the two lines above
  ['Gross profit', null, 80, 88, 106, 274],
  ['Overheads'],
  ['Rent', 'Depot', 10, 10, 10, 30],
  ['Insurance', 'Depot', 5, 5, 5, 15],
  ['Total overheads', null, 15, 15, 15, 45],
  ['Net profit', null, 65, 73, 91, 229],
  [],
  ['Note: amounts in £000'],
]);

/** The same lines as actuals through February: March is blank ("no actuals yet"), one #N/A and one typed word. */
export const wideActuals: Grid = gridOf('Actuals', [
  ['Acme Freight Ltd: actuals 2026'],
  ['Account', 'Department', ...MONTHS_26],
  ['Revenue'],
  ['Freight revenue', 'Road', 104, 108, null],
  ['Storage revenue', 'Depot', '(2)', 51, null],
  ['Cost of sales'],
  ['Fuel', 'Road', 33, NA, null],
  ['Drivers', 'Road', 'tbd', 41, null],
]);

/** Long (tidy) export from an ERP: a period column with serial dates, a scenario column and an amount column. */
export function longLedger(): Grid {
  const jan = 46023; // 2026-01-01 as an Excel serial: 46023 days after 1899-12-30
  const feb = 46054; // 2026-02-01
  const rows: CellValue[][] = [
    ['GL extract: budget and actuals'],
    ['Period', 'Account code', 'Account', 'Cost centre', 'Scenario', 'Amount'],
    [jan, '4000', 'Freight revenue', 'Road', 'Budget', '1,000'],
    [jan, '4000', 'Freight revenue', 'Road', 'Actual', 1100],
    [feb, '4000', 'Freight revenue', 'Road', 'Budget', 1000],
    [jan, '5100', 'Fuel', 'Road', 'Bud', 300],
    [jan, '5100', 'Fuel', 'Road', 'Act', '(310)'],
    ['Q9', '5100', 'Fuel', 'Road', 'Actual', 5],
    [feb, '5100', 'Fuel', 'Road', 'Stretch', 5],
  ];
  const formats = rows.map((row, r) => row.map((_, c) => (c === 0 && r >= 2 ? 'dd/mm/yyyy' : 'General')));
  return gridOf('GL', rows, { numberFormats: formats });
}

/** Two scenarios side by side under a band row: "Budget" over three months, "Actual" over the next three. */
export const bandedHeader: Grid = gridOf('Budget vs actual', [
  ['Q1 review'],
  [null, 'Budget', null, null, 'Actual', null, null],
  ['Account', ...MONTHS_26, ...MONTHS_26],
  ['Sales', 100, 100, 100, 90, 95, null],
  ['Wages', 40, 40, 40, 41, 39, null],
]);

/** Scenario and month in one header cell: "Budget Jan-26 | Actual Jan-26". */
export const combinedHeader: Grid = gridOf('BvA', [
  ['Account', 'Budget Jan-26', 'Actual Jan-26', 'Budget Feb-26', 'Actual Feb-26', 'Var %'],
  ['Sales', 100, 95, 100, 104, 0.04],
  ['Wages', 40, 41, 40, 39, -0.02],
]);

/** April fiscal year with month names only: the year is in the title ("FY2026" = April 2025 to March 2026). */
export const aprilBudget: Grid = gridOf('Budget', [
  ['Budget FY2026'],
  [],
  ['Code', 'Account', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar', 'Total'],
  ['4000', 'Sales', ...new Array<number>(12).fill(100), 1200],
  ['6000', 'Rent', ...new Array<number>(12).fill(10), 120],
]);

/** Department blocks with no department column, each closed by its own total, and a grand total by arithmetic. */
export const departmentBlocks: Grid = gridOf('Opex budget', [
  ['Operating expenses budget 2026'],
  ['Line', 'Jan 2026', 'Feb 2026'],
  ['Warehouse'],
  ['Wages', 20, 20],
  ['Power', 5, 6],
  ['Total Warehouse', 25, 26],
  ['Fleet'],
  ['Fuel', 30, 31],
  ['Tyres', 4, 4],
  ['Total Fleet', 34, 35],
  [null, 59, 61],
]);
