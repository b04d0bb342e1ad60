import type ExcelJS from 'exceljs';
import { ACTUAL_MONTHS, COMPANY, SECTIONS, monthlyActuals, monthlyBudget, mulberry32, priorYear } from './sampleData';
import type { SampleLine } from './sampleData';

/** The three finance sheets of the sample. */
export type FinanceSheetKind = 'budget' | 'actual' | 'prior';

const AMOUNT_FORMAT = '#,##0;(#,##0);"-"';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** First month column (D) and the column after December (P, the Full year or YTD total). */
const FIRST = 4;
const TOTAL = FIRST + 12;

/** Each sheet draws from its own seeded stream so changing one sheet does not move the others' figures. */
const SEEDS: Record<FinanceSheetKind, number> = { budget: 1, actual: 20260630, prior: 20251231 };

/**
 * Writes a finance sheet the way finance teams lay them out: company and title rows, a header row, section rows
 * (Revenue, Cost of sales, Operating expenses), lines with code, account and department, SUM subtotals with cached
 * values, derived Gross profit and EBITDA rows, a total column, comments and a footnote. The three kinds differ as
 * real workbooks do: the budget has real date headers and writes each department once per block (fill-down); the
 * actuals have text headers "Jan 2026", blank months after June and three typing defects; the prior year has
 * month names without a year, the year being in the title.
 */
export function writeFinanceSheet(sheet: ExcelJS.Worksheet, kind: FinanceSheetKind): void {
  const random = mulberry32(SEEDS[kind]);
  const titles: Record<FinanceSheetKind, string> = {
    budget: 'Operating budget FY2026 (US$)',
    actual: 'Actual results FY2026, year to date June (US$)',
    prior: 'Prior year actuals FY2025 (US$)',
  };
  sheet.getCell('A1').value = COMPANY;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = titles[kind];
  const header = sheet.getRow(4);
  header.values = ['Code', 'Account', 'Department'];
  MONTHS.forEach((month, m) => {
    const cell = header.getCell(FIRST + m);
    if (kind === 'budget') {
      cell.value = new Date(Date.UTC(2026, m, 1));
      cell.numFmt = 'mmm-yy';
    } else cell.value = kind === 'actual' ? `${month} 2026` : month;
  });
  header.getCell(TOTAL).value = kind === 'actual' ? 'YTD' : 'Full year';
  header.getCell(TOTAL + 1).value = 'Comments';
  header.font = { bold: true };
  let row = 5;
  const totals: number[] = [];
  const sums: number[][] = [];
  for (const section of SECTIONS) {
    sheet.getCell(row, 1).value = section.title;
    sheet.getCell(row, 1).font = { bold: true };
    row++;
    const first = row;
    const sectionSum = new Array<number>(12).fill(0);
    let previousDepartment = '';
    for (const line of section.lines) {
      const amounts = withDefects(amountsFor(line, kind, random), line, kind);
      const cells = sheet.getRow(row);
      cells.getCell(1).value = line.code;
      cells.getCell(2).value = line.account;
      const fillDown = kind === 'budget' && line.department === previousDepartment;
      cells.getCell(3).value = fillDown ? null : line.department;
      previousDepartment = line.department;
      amounts.forEach((amount, m) => {
        if (amount !== null) cells.getCell(FIRST + m).value = amount;
        // SUM skips text and passes errors on, as Excel computes the cached results.
        if (typeof amount === 'number') sectionSum[m] += amount;
        else if (amount !== null && typeof amount === 'object') sectionSum[m] = Number.NaN;
      });
      cells.getCell(TOTAL).value = {
        formula: `SUM(D${row}:O${row})`,
        result: cached(
          amounts.reduce<number>(
            (s, a) => s + (typeof a === 'number' ? a : typeof a === 'object' && a !== null ? Number.NaN : 0),
            0,
          ),
        ),
      };
      if (line.comment && kind === 'budget') cells.getCell(TOTAL + 1).value = line.comment;
      row++;
    }
    const total = sheet.getRow(row);
    total.getCell(2).value = section.totalLabel;
    total.font = { bold: true };
    for (let m = 0; m < 12; m++) {
      const col = String.fromCharCode(64 + FIRST + m);
      total.getCell(FIRST + m).value = {
        formula: `SUM(${col}${first}:${col}${row - 1})`,
        result: cached(sectionSum[m]),
      };
    }
    total.getCell(TOTAL).value = {
      formula: `SUM(D${row}:O${row})`,
      result: cached(sectionSum.reduce((s, a) => s + a, 0)),
    };
    totals.push(row);
    sums.push(sectionSum);
    row++;
    if (section.title === 'Cost of sales')
      row = writeDerived(sheet, row, 'Gross profit', totals[0], totals[1], sums[0], sums[1]);
  }
  const grossRow = totals[1] + 1;
  const grossSum = sums[0].map((r, m) => r - sums[1][m]);
  row = writeDerived(sheet, row, 'EBITDA', grossRow, totals[2], grossSum, sums[2]);
  sheet.getCell(row + 1, 1).value =
    '* Amounts in US dollars. Subtotals are SUM formulas; Gross profit and EBITDA are computed from them.';
  for (let r = 5; r <= row; r++) for (let c = FIRST; c <= TOTAL; c++) sheet.getCell(r, c).numFmt = AMOUNT_FORMAT;
  sheet.getColumn(2).width = 28;
  sheet.getColumn(3).width = 16;
  sheet.getColumn(TOTAL + 1).width = 34;
}

function amountsFor(line: SampleLine, kind: FinanceSheetKind, random: () => number): (number | null)[] {
  const budget = monthlyBudget(line);
  if (kind === 'budget') return budget;
  if (kind === 'prior') return priorYear(budget, random);
  const actuals = monthlyActuals(line, budget, random);
  return MONTHS.map((_, m) => (m < ACTUAL_MONTHS ? actuals[m] : null));
}

type Amount = number | string | ExcelJS.CellErrorValue | null;

/** The defects real actuals sheets have: a credit note typed as text, a pasted #N/A. */
function withDefects(amounts: (number | null)[], line: SampleLine, kind: FinanceSheetKind): Amount[] {
  const out: Amount[] = [...amounts];
  if (kind !== 'actual') return out;
  if (line.account === 'Tyres') out[2] = '(1,200)';
  if (line.account === 'Fuel surcharge income') out[4] = { error: '#N/A' };
  return out;
}

/** A formula's cached result: a number, or #N/A when an error flowed into it. */
function cached(value: number): number | ExcelJS.CellErrorValue {
  return Number.isNaN(value) ? { error: '#N/A' } : value;
}

function writeDerived(
  sheet: ExcelJS.Worksheet,
  row: number,
  label: string,
  plusRow: number,
  minusRow: number,
  plus: number[],
  minus: number[],
): number {
  const cells = sheet.getRow(row);
  cells.getCell(2).value = label;
  cells.font = { bold: true };
  for (let m = 0; m < 12; m++) {
    const col = String.fromCharCode(64 + FIRST + m);
    cells.getCell(FIRST + m).value = {
      formula: `${col}${plusRow}-${col}${minusRow}`,
      result: cached(plus[m] - minus[m]),
    };
  }
  const year = plus.reduce((s, a) => s + a, 0) - minus.reduce((s, a) => s + a, 0);
  cells.getCell(TOTAL).value = { formula: `P${plusRow}-P${minusRow}`, result: cached(year) };
  return row + 1;
}
