/**
 * The Variance sheet, split the way a reader reads it rather than shrunk to fit: first the P&L in the source's own
 * order with the month and the year to date side by side (actual, budget, ΔBU, ΔBU %) and the Commentary, Owner,
 * Action and Due columns users fill in (kept across refreshes by line key); then, in a second block, the full year
 * (budget, outlook, ΔBU, consumed) and the comparison with the prior year (ΔPY); then the result by department.
 */
import type { AnalysisResult, Rollup, VarianceLine } from '../results/AnalysisResult';
import { EDITABLE_COLUMNS, LINE_KEY_COLUMN } from './editableColumns';
import type { FigureTone, PackBlock, PackColumn, PackRow, PackValue, RowEmphasis, TableBlock } from './Pack';
import { DELTA_FORMAT, DELTA_PERCENT_FORMAT } from './numberFormats';
import { shortPeriodLabel } from '../period/periodLabel';
import { countLabel, ytdLabel } from './packText';
import { foldPlRows, largestVariances, linesToShow } from './foldPlRows';
import { plCell, plRows, type PlCell, type PlPrior, type PlRow } from './plRows';

/** "Raw materials (Operations)": how a line is named wherever the pack lists it. */
export function lineName(line: Pick<VarianceLine, 'account' | 'department'>): string {
  return line.department ? `${line.account} (${line.department})` : line.account;
}

const tone = (favourable: boolean, variance: number): FigureTone =>
  variance === 0 ? 'neutral' : favourable ? 'good' : 'bad';

/** Actual, budget, ΔBU and ΔBU % columns of one window. */
function windowColumns(prefix: string, label: string): PackColumn[] {
  return [
    { key: `${prefix}Actual`, header: `${label} AC`, kind: 'currency', width: 9 },
    { key: `${prefix}Budget`, header: `${label} BU`, kind: 'currency', width: 9 },
    { key: `${prefix}Delta`, header: 'ΔBU', kind: 'currency', numberFormat: DELTA_FORMAT, width: 8 },
    { key: `${prefix}DeltaPct`, header: 'ΔBU %', kind: 'percent', numberFormat: DELTA_PERCENT_FORMAT, width: 7 },
  ];
}

function windowValues(prefix: string, cell: PlCell | undefined): Record<string, PackValue> {
  if (!cell) return {};
  return {
    [`${prefix}Actual`]: cell.actual,
    [`${prefix}Budget`]: cell.budget,
    [`${prefix}Delta`]: cell.variance,
    [`${prefix}DeltaPct`]: cell.variancePct,
  };
}

function windowTones(prefix: string, cell: PlCell | undefined): Record<string, FigureTone> {
  if (!cell) return {};
  const t = tone(cell.favourable, cell.variance);
  return { [`${prefix}Delta`]: t, [`${prefix}DeltaPct`]: t };
}

const EMPHASIS: Record<PlRow['kind'], RowEmphasis> = {
  line: 'line',
  section: 'section',
  subtotal: 'subtotal',
  derived: 'total',
  other: 'line',
};

/** A line's label: its account, with the department only where the account appears under more than one. */
function labeller(result: AnalysisResult): (row: PlRow) => string {
  const counts = new Map<string, number>();
  for (const l of result.variance.lines) counts.set(l.account, (counts.get(l.account) ?? 0) + 1);
  return (row) => {
    if (row.kind !== 'line' || !row.line) return row.label;
    return (counts.get(row.line.account) ?? 0) > 1 ? lineName(row.line) : row.line.account;
  };
}

/** The month and YTD table, with the editable columns, over `pl` (the P&L rows, folded or not). */
export function varianceTable(result: AnalysisResult, pl: readonly PlRow[] = plRows(result)): TableBlock {
  const month = shortPeriodLabel(result.period);
  const label = labeller(result);
  const rows: PackRow[] = pl.map((row) => ({
    ...(row.line ? { key: row.line.key } : {}),
    emphasis: EMPHASIS[row.kind],
    values: {
      account: label(row),
      ...windowValues('m', row.month),
      ...windowValues('y', row.ytd),
      ...(row.line
        ? { commentary: null, owner: null, action: null, due: null, lineKey: row.line.key }
        : { lineKey: null }),
    },
    tones: { ...windowTones('m', row.month), ...windowTones('y', row.ytd) },
  }));
  return {
    kind: 'table',
    id: 'variance-lines',
    heading: `Month (${month}) and year to date (${ytdLabel(result)}): actual (AC) vs budget (BU)`,
    columns: [
      { key: 'account', header: 'Account', kind: 'text', width: 30 },
      ...windowColumns('m', month),
      ...windowColumns('y', 'YTD'),
      ...EDITABLE_COLUMNS,
      LINE_KEY_COLUMN,
    ],
    rows,
    keyColumn: LINE_KEY_COLUMN.key,
    conditionalFormats: [],
    emptyText: 'No budget or actual lines were found for this period.',
  };
}

function priorValues(prefix: string, prior: PlPrior | null | undefined): Record<string, PackValue> {
  if (!prior) return {};
  return { [`${prefix}Py`]: prior.value, [`${prefix}PyDelta`]: prior.delta };
}

function priorTones(prefix: string, prior: PlPrior | null | undefined): Record<string, FigureTone> {
  if (!prior) return {};
  const t = tone(prior.favourable, prior.delta);
  return { [`${prefix}PyDelta`]: t };
}

/** The full-year and prior-year table: the second block of the sheet, same rows (`pl`) as the first. */
function fullYearTable(result: AnalysisResult, pl: readonly PlRow[]): TableBlock {
  const hasPy = result.variance.lines.some((l) => l.priorYear?.month || l.priorYear?.ytd);
  const fy = result.fiscalYear.label;
  const label = labeller(result);
  const rows: PackRow[] = pl.map((row) => ({
    emphasis: EMPHASIS[row.kind],
    values: {
      account: label(row),
      ...(row.fullYear
        ? {
            fyBudget: row.fullYear.budget,
            fyOutlook: row.fullYear.outlook,
            fyDelta: row.fullYear.variance,
            fyDeltaPct: row.fullYear.variancePct,
          }
        : {}),
      ...priorValues('y', row.priorYtd),
      ...priorValues('m', row.priorMonth),
    },
    tones: {
      ...(row.fullYear ? { fyDelta: tone(row.fullYear.favourable, row.fullYear.variance) } : {}),
      ...(row.fullYear ? { fyDeltaPct: tone(row.fullYear.favourable, row.fullYear.variance) } : {}),
      ...priorTones('y', row.priorYtd),
      ...priorTones('m', row.priorMonth),
    },
  }));
  const month = shortPeriodLabel(result.period);
  // Eight figures, column for column under the first block's, so the two blocks share the sheet's widths.
  const priorColumns: PackColumn[] = hasPy
    ? [
        { key: 'mPy', header: `${month} PY`, kind: 'currency', width: 9 },
        { key: 'mPyDelta', header: 'ΔPY', kind: 'currency', numberFormat: DELTA_FORMAT, width: 9 },
        { key: 'yPy', header: 'YTD PY', kind: 'currency', width: 8 },
        { key: 'yPyDelta', header: 'ΔPY', kind: 'currency', numberFormat: DELTA_FORMAT, width: 7 },
      ]
    : [];
  return {
    kind: 'table',
    id: 'variance-full-year',
    heading: `Full year ${fy}: outlook vs budget${hasPy ? `; ${month} and year to date vs prior year (PY)` : ''}`,
    columns: [
      { key: 'account', header: 'Account', kind: 'text', width: 30 },
      { key: 'fyBudget', header: `${fy} BU`, kind: 'currency', width: 9 },
      { key: 'fyOutlook', header: `${fy} outlook`, kind: 'currency', width: 9 },
      { key: 'fyDelta', header: 'ΔBU', kind: 'currency', numberFormat: DELTA_FORMAT, width: 8 },
      { key: 'fyDeltaPct', header: 'ΔBU %', kind: 'percent', numberFormat: DELTA_PERCENT_FORMAT, width: 7 },
      ...priorColumns,
    ],
    rows,
    conditionalFormats: [],
  };
}

/** The results of several departments added up: result variances are favourable when up. */
function pooledCell(rollups: readonly Rollup[], window: 'month' | 'ytd'): PlCell {
  return plCell(
    rollups.reduce((sum, r) => sum + r[window].budget, 0),
    rollups.reduce((sum, r) => sum + r[window].actual, 0),
    (variance) => variance >= 0,
  );
}

/** A department's row, or past `cap` departments the ones with the largest variances and one row for the rest. */
function departmentRows(departments: readonly Rollup[], cap: number): { label: string; month: PlCell; ytd: PlCell }[] {
  if (departments.length <= cap) return departments.map((r) => ({ label: r.label, month: r.month, ytd: r.ytd }));
  const shown = largestVariances(departments, cap);
  const rest = departments.filter((_, i) => !shown.has(i));
  return [
    ...departments.filter((_, i) => shown.has(i)).map((r) => ({ label: r.label, month: r.month, ytd: r.ytd })),
    {
      label: `Other departments (${countLabel(rest.length)})`,
      month: pooledCell(rest, 'month'),
      ytd: pooledCell(rest, 'ytd'),
    },
  ];
}

/** The result (revenue minus costs) of each department, month and year to date; past `cap` departments, folded. */
function departmentTable(result: AnalysisResult, cap: number): TableBlock | null {
  const departments = result.variance.rollups.filter((r) => r.by === 'department');
  if (departments.length === 0) return null;
  const total = result.variance.rollups.find((r) => r.by === 'total');
  const month = shortPeriodLabel(result.period);
  const rows: PackRow[] = [
    ...departmentRows(departments, cap).map((r) => ({ ...r, by: 'department' })),
    ...(total ? [total] : []),
  ].map((r) => ({
    emphasis: r.by === 'total' ? 'total' : 'line',
    values: {
      account: r.by === 'total' ? 'All departments' : r.label,
      ...windowValues('m', r.month),
      ...windowValues('y', r.ytd),
    },
    tones: { ...windowTones('m', r.month), ...windowTones('y', r.ytd) },
  }));
  return {
    kind: 'table',
    id: 'variance-departments',
    heading: `Result (revenue less costs) by department, ${month} and year to date (${ytdLabel(result)})`,
    columns: [
      { key: 'account', header: 'Department', kind: 'text', width: 30 },
      ...windowColumns('m', month),
      ...windowColumns('y', 'YTD'),
    ],
    rows,
    conditionalFormats: [],
  };
}

/** How many lines the Variance sheet lists at most, and the lines it lists whatever their variance. */
export interface VarianceFold {
  readonly cap: number;
  /** Keys of lines always listed: lines carrying a comment, owner, action or due date typed by a user. */
  readonly show: ReadonlySet<string>;
}

/** The sentence saying how many lines were folded, by which rule, and where every line can still be read. */
function foldNote(result: AnalysisResult, cap: number, folded: number): string {
  const lines = result.variance.lines;
  // A loop that stops at four sheets: 200,000 lines name the same two sheets 400,000 times.
  const sheets = new Set<string>();
  for (const line of lines) {
    for (const source of line.sources) if (sheets.size < 4) sheets.add(source.sheet);
    if (sheets.size >= 4) break;
  }
  const commented = lines.length - folded - cap;
  return (
    `This P&L has ${countLabel(lines.length)} lines, more than a review can read: the ${countLabel(cap)} with the largest ΔBU ` +
    `(the largest of the month and of the year to date, in turn)${commented > 0 ? ` and ${countLabel(commented)} carrying a comment` : ''} are listed in source order; ` +
    `the other ${countLabel(folded)} are added up in an "Other lines (n)" row in their section, so every subtotal and result is complete. ` +
    `Every line is in the source sheets (${[...sheets].join(', ')}) and in the output of ops-review analyze --json.`
  );
}

/** The Variance sheet's blocks after its title; beyond `fold.cap` lines the P&L is folded (`foldPlRows`). */
export function varianceBlocks(result: AnalysisResult, fold: VarianceFold): PackBlock[] {
  const excluded = result.variance.excludedRows;
  const all = plRows(result);
  const show = linesToShow(result.variance.lines, fold.cap, fold.show);
  const folded = show === null ? { rows: all, folded: 0 } : foldPlRows(all, show);
  const notes = [
    'AC actual, BU budget, PY prior year; ΔBU is actual minus budget. Green helps the result and red hurts it: revenue above budget and costs below budget are favourable.',
    'Subtotals and derived rows (Gross profit, EBITDA, Net result) are computed from the lines above them, in the order of the source sheet.',
    'Type commentary, owner, action and due date in the shaded columns: they are kept, by line, when the pack is refreshed.',
  ];
  if (excluded.length > 0) {
    const listed = excluded
      .map((r) => `${r.sheet} row ${r.row}`)
      .slice(0, 8)
      .join(', ');
    notes.push(
      `${excluded.length} source row${excluded.length === 1 ? ' was' : 's were'} not read as lines (subtotals, totals, headings): ${listed}${excluded.length > 8 ? ', …' : ''}.`,
    );
  }
  const departments = departmentTable(result, fold.cap);
  return [
    // Above the tables, where a reader who wonders why a line is missing looks first.
    ...(folded.folded > 0 ? [{ kind: 'note' as const, lines: [foldNote(result, fold.cap, folded.folded)] }] : []),
    varianceTable(result, folded.rows),
    fullYearTable(result, folded.rows),
    ...(departments ? [departments] : []),
    { kind: 'note', heading: 'How to read this sheet', lines: notes },
  ];
}
