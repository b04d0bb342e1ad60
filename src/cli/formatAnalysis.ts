import {
  type AnalysisResult,
  lineLabel,
  periodLabel,
  type Rollup,
  type VarianceCell,
  type VarianceLine,
} from '../engine';

/** Diagnostics beyond this many are counted, not listed: the JSON output has them all. */
const MAX_DIAGNOSTICS = 15;

// One formatter for every figure: `toLocaleString` with a locale makes one per call, for each of the 5,000-line
// workbook's tens of thousands of figures.
const WHOLE = new Intl.NumberFormat('en-US');

const money = (value: number): string => (Math.round(value) === 0 ? '0' : WHOLE.format(Math.round(value)));

/** "+4.1%", "-5.2%"; a variance that rounds to 0.0 % is "0.0%", never "-0.0%" or "+0.0%". */
function percent(cell: VarianceCell): string {
  if (cell.variancePct === null) return 'n/a';
  const shown = Math.round(cell.variancePct * 1000) / 10;
  return shown === 0 ? '0.0%' : `${shown > 0 ? '+' : ''}${shown.toFixed(1)}%`;
}

/** Marks a variance: "!" material and unfavourable, "+" material and favourable. */
const flag = (cell: VarianceCell): string => (cell.material ? (cell.favourable ? '+' : '!') : '');

interface Column {
  readonly title: string;
  readonly right: boolean;
}

function table(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  // A loop, not Math.max(...rows): a 200,000-line review is more arguments than the call stack holds.
  const widths = columns.map((column, i) =>
    rows.reduce((width, row) => Math.max(width, row[i].length), column.title.length),
  );
  const cell = (text: string, i: number) => (columns[i].right ? text.padStart(widths[i]) : text.padEnd(widths[i]));
  const lines = [columns.map((c, i) => cell(c.title, i)).join('  '), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of rows) lines.push(row.map(cell).join('  ').trimEnd());
  return `${lines.join('\n')}\n`;
}

const COLUMNS: Column[] = [
  { title: 'Line', right: false },
  { title: 'Month budget', right: true },
  { title: 'actual', right: true },
  { title: 'var', right: true },
  { title: 'var %', right: true },
  { title: 'YTD budget', right: true },
  { title: 'actual', right: true },
  { title: 'var', right: true },
  { title: 'var %', right: true },
  { title: '', right: false },
  { title: 'FY budget', right: true },
  { title: 'outlook', right: true },
];

function row(label: string, figures: Pick<VarianceLine, 'month' | 'ytd' | 'fullYear'>): string[] {
  const { month, ytd, fullYear } = figures;
  return [
    label,
    money(month.budget),
    money(month.actual),
    money(month.variance),
    percent(month),
    money(ytd.budget),
    money(ytd.actual),
    money(ytd.variance),
    percent(ytd),
    flag(ytd),
    money(fullYear.budget),
    money(fullYear.outlook),
  ];
}

const rollupLabel = (rollup: Rollup): string =>
  rollup.by === 'department'
    ? `Department ${rollup.label}`
    : rollup.by === 'type'
      ? `Total ${rollup.label.toLowerCase()}`
      : rollup.label;

/**
 * The readable summary of `ops-review analyze` (without --json): lines and roll-ups for the month and YTD with the
 * full-year outlook, the drafted narrative, KPI statuses and the diagnostics.
 */
export function formatAnalysis(file: string, result: AnalysisResult): string {
  const { variance } = result;
  const parts = [`${file}: ${periodLabel(result.period)}, ${result.fiscalYear.label}\n`];
  if (variance.lines.length === 0) parts.push('No budget or actual lines were found.\n');
  else {
    const rows = [
      ...variance.lines.map((line) => row(lineLabel(line), line)),
      ...variance.rollups.map((rollup) => row(rollupLabel(rollup), rollup)),
    ];
    parts.push(table(COLUMNS, rows));
    parts.push(
      '"!" material and unfavourable YTD, "+" material and favourable. Departments and the net result are revenue minus expenses.\n',
    );
  }
  if (variance.narrative.length > 0) parts.push(`\n${variance.narrative.map((s) => `- ${s.text}`).join('\n')}\n`);
  if (result.kpis.length > 0) {
    parts.push(`\nKPIs: ${result.kpis.map((kpi) => `${kpi.name} ${kpi.status}`).join(', ')}\n`);
  }
  if (result.dataQuality) {
    parts.push(`\nData quality: ${result.dataQuality.statement}\n`);
    for (const issue of result.dataQuality.issues) parts.push(`  ${issue.figure}: ${issue.text}\n`);
  }
  if (variance.excludedRows.length > 0)
    parts.push(`\n${variance.excludedRows.length} rows left out (subtotals, totals, headers, blanks).\n`);
  if (result.diagnostics.length > 0) {
    parts.push(`\n${result.diagnostics.length} diagnostics:\n`);
    for (const d of result.diagnostics.slice(0, MAX_DIAGNOSTICS)) {
      const where = d.cell === null ? d.sheet : `${d.sheet}!${d.cell}`;
      parts.push(`  ${d.severity.padEnd(7)} ${where ? `${where}: ` : ''}${d.message}\n`);
    }
    if (result.diagnostics.length > MAX_DIAGNOSTICS) {
      parts.push(`  ... and ${result.diagnostics.length - MAX_DIAGNOSTICS} more (see --json).\n`);
    }
  }
  return parts.join('');
}
