/**
 * A larger finance workbook than the sample, for the print tests: Harbour Foods Ltd, a food distributor reporting in
 * euros, FY2026 with actuals to September; 6 departments and 42 P&L lines under Revenue, Cost of sales and
 * Overheads sections with SUM subtotals and Gross profit / Operating profit rows, as finance teams lay them out. It
 * has no KPI, SWOT or objectives table, so its pack must not have those sheets. Amounts come from a fixed formula,
 * so every run prints the same pages.
 */
import ExcelJS from 'exceljs';

const DEPARTMENTS = ['North', 'South', 'East', 'West', 'Central', 'Online'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SECTIONS: readonly { readonly name: string; readonly code: number; readonly accounts: readonly string[] }[] = [
  { name: 'Revenue', code: 4000, accounts: ['Wholesale sales', 'Retail sales', 'Delivery charges'] },
  { name: 'Cost of sales', code: 5000, accounts: ['Purchases', 'Inbound freight', 'Packaging'] },
  { name: 'Overheads', code: 6000, accounts: ['Staff costs', 'Premises', 'Vehicle running', 'Marketing'] },
];

/** A deterministic amount: level by account and department, a seasonal swing, and a small actual-vs-budget drift. */
function amount(section: number, account: number, department: number, month: number, actual: boolean): number {
  const level = [52_000, 21_000, 6_500][section] * (1 + account * 0.35) * (1 + department * 0.12);
  const season = 1 + 0.08 * Math.sin(((month + department) / 12) * 2 * Math.PI);
  const drift = actual ? 1 + (((section * 7 + account * 5 + department * 3 + month) % 9) - 4) / 100 : 1;
  return Math.round(level * season * drift);
}

function financeSheet(workbook: ExcelJS.Workbook, name: string, title: string, actual: boolean, months: number): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(['Harbour Foods Ltd']);
  sheet.addRow([title]);
  sheet.addRow(['Code', 'Account', 'Department', ...MONTHS.map((m) => `${m} 2026`)]);
  const totals: number[] = [];
  SECTIONS.forEach((section, s) => {
    sheet.addRow([section.name]);
    const first = sheet.rowCount + 1;
    section.accounts.forEach((account, a) =>
      DEPARTMENTS.forEach((department, d) => {
        const values = MONTHS.map((_, m) => (m < months ? amount(s, a, d, m, actual) : null));
        sheet.addRow([String(section.code + a * 100 + d * 10), account, department, ...values]);
      }),
    );
    const last = sheet.rowCount;
    sheet.addRow([
      null,
      `Total ${section.name.toLowerCase()}`,
      null,
      ...MONTHS.map((_, m) => {
        const col = String.fromCharCode(68 + m);
        return { formula: `SUM(${col}${first}:${col}${last})` };
      }),
    ]);
    totals.push(sheet.rowCount);
    if (s === 1 || s === 2) {
      const label = s === 1 ? 'Gross profit' : 'Operating profit';
      sheet.addRow([
        null,
        label,
        null,
        ...MONTHS.map((_, m) => {
          const col = String.fromCharCode(68 + m);
          const rows = s === 1 ? `${col}${totals[0]}-${col}${totals[1]}` : `${col}${totals[1] + 1}-${col}${totals[2]}`;
          return { formula: rows };
        }),
      ]);
    }
  });
}

/** The workbook as .xlsx bytes. */
export async function largerWorkbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  financeSheet(workbook, 'Budget', 'Budget FY2026 (EUR)', false, 12);
  financeSheet(workbook, 'Actuals', 'Actuals FY2026 to September (EUR)', true, 9);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
