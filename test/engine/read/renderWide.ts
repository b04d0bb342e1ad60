import type { CellValue, Grid } from '../../../src/engine/grid/Grid';
import { dateToSerial } from '../../../src/engine/read/periods/excelSerial';

/** One line of a clean long dataset: what the round-trip test renders into a wide sheet and expects back. */
export interface CleanLine {
  readonly code: string;
  readonly account: string;
  readonly department: string;
  readonly type: 'revenue' | 'expense';
  /** Amounts by month, in the order of `months`. */
  readonly amounts: readonly number[];
}

/** How a finance team might have laid the sheet out. */
export interface WideStyle {
  readonly titleRows: number;
  readonly blankAfterTitle: boolean;
  readonly header: 'date' | 'mmm-yy' | 'mmm yyyy' | 'mmmm yyyy' | 'yyyy-mm' | 'mm/yyyy' | 'serial';
  readonly codeColumn: boolean;
  readonly departmentColumn: boolean;
  readonly sections: boolean;
  readonly subtotals: 'none' | 'labelled' | 'unlabelled' | 'formula';
  readonly textNumbers: boolean;
  readonly fullYear: boolean;
  readonly comments: boolean;
  readonly spacerRows: boolean;
}

const NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FULL = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function headerCell(period: string, style: WideStyle['header']): { value: CellValue; format: string } {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  switch (style) {
    case 'date':
      return { value: dateToSerial(year, month, 1), format: 'mmm-yy' };
    case 'serial':
      return { value: dateToSerial(year, month, 1), format: 'General' };
    case 'mmm-yy':
      return { value: `${NAMES[month - 1]}-${String(year).slice(2)}`, format: 'General' };
    case 'mmm yyyy':
      return { value: `${NAMES[month - 1]} ${year}`, format: 'General' };
    case 'mmmm yyyy':
      return { value: `${FULL[month - 1]} ${year}`, format: 'General' };
    case 'yyyy-mm':
      return { value: period, format: 'General' };
    case 'mm/yyyy':
      return { value: `${String(month).padStart(2, '0')}/${year}`, format: 'General' };
  }
}

/** Writes an amount as a finance user might type it as text: "1,234.50", "(1,234.50)". */
function asText(amount: number): string {
  const body = Math.abs(amount).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return amount < 0 ? `(${body})` : body;
}

/**
 * Renders clean lines into a wide budget sheet in the given style: titles, a header of months, optional code and
 * department columns, section rows by type, subtotals (labelled, unlabelled or SUM formulas with cached values),
 * numbers typed as text, a Full year column, a comments column and spacer rows.
 */
export function renderWide(lines: readonly CleanLine[], months: readonly string[], style: WideStyle): Grid {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  const push = (row: CellValue[], format: string[] = [], formula: (string | null)[] = []): void => {
    values.push(row);
    formats.push(format);
    formulas.push(formula);
  };
  for (let i = 0; i < style.titleRows; i++)
    push([i === 0 ? 'Northwind Logistics' : `Budget FY${months[0].slice(0, 4)}`]);
  if (style.blankAfterTitle) push([]);
  const lead: string[] = [
    ...(style.codeColumn ? ['Code'] : []),
    'Account',
    ...(style.departmentColumn ? ['Department'] : []),
  ];
  const header = months.map((m) => headerCell(m, style.header));
  push(
    [
      ...lead,
      ...header.map((h) => h.value),
      ...(style.fullYear ? ['Full year'] : []),
      ...(style.comments ? ['Comments'] : []),
    ],
    [...lead.map(() => 'General'), ...header.map((h) => h.format)],
  );
  const groups = style.sections
    ? (['revenue', 'expense'] as const).map((type) => lines.filter((l) => l.type === type))
    : [lines as CleanLine[]];
  groups.forEach((group, g) => {
    if (group.length === 0) return;
    if (style.sections) push([g === 0 ? 'Revenue' : 'Operating expenses']);
    const firstRow = values.length;
    for (const line of group) {
      const amounts = line.amounts.map((a, i) => (style.textNumbers && i % 2 === 1 ? asText(a) : a));
      push([
        ...(style.codeColumn ? [line.code] : []),
        line.account,
        ...(style.departmentColumn ? [line.department] : []),
        ...amounts,
        ...(style.fullYear ? [line.amounts.reduce((s, a) => s + a, 0)] : []),
        ...(style.comments ? ['Reviewed'] : []),
      ]);
    }
    if (style.subtotals !== 'none' && group.length >= 2) {
      const sums = months.map((_, m) => Math.round(group.reduce((s, l) => s + l.amounts[m], 0) * 100) / 100);
      const label = style.subtotals === 'labelled' ? `Total ${g === 0 && style.sections ? 'revenue' : 'lines'}` : null;
      const pad = lead.map((_, i) => (i === lead.length - 1 - (style.departmentColumn ? 1 : 0) ? label : null));
      const formula =
        style.subtotals === 'formula'
          ? [
              ...lead.map(() => null),
              ...months.map((_, m) =>
                `=SUM(X${firstRow + 1}:X${values.length})`.replace(/X/g, String.fromCharCode(65 + lead.length + m)),
              ),
            ]
          : [];
      push([...pad, ...sums], [], formula);
    }
    if (style.spacerRows) push([]);
  });
  return { sheet: 'Budget FY26', address: 'A1', values, numberFormats: formats, formulas };
}
