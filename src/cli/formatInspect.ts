import { columnLetters, type DetectedTable, parseA1, shortPeriodLabel, type WorkbookRead } from '../engine';

const SCENARIOS: Record<string, string> = {
  budget: 'budget',
  actual: 'actual',
  forecast: 'forecast',
  priorYear: 'prior year',
};

/** What `ops-review inspect` prints: the tables understood, what was read, rows left out and diagnostics. */
export function formatInspect(file: string, read: WorkbookRead): string {
  const lines: string[] = [];
  const fy = read.fiscalYear;
  lines.push(`Workbook: ${file}`);
  lines.push(
    read.fiscalYearKnown === false
      ? 'Fiscal year: not known (no budget, actual or KPI figures by month were found)'
      : `Fiscal year: ${fy.label} (${shortPeriodLabel(fy.periods[0])} to ${shortPeriodLabel(fy.periods[11])}); ` +
          (read.lastActualPeriod ? `actuals through ${shortPeriodLabel(read.lastActualPeriod)}` : 'no actuals yet'),
  );
  lines.push('', `Tables (${read.tables.length})`);
  for (const table of read.tables) lines.push(...formatTable(table));
  lines.push(
    '',
    `Read: ${read.facts.length} finance amounts, ${read.kpis.length} KPIs, ${read.swot.length} SWOT factors, ${read.objectives.length} objectives`,
  );
  lines.push('', `Rows left out (${read.excludedRows.length})`);
  for (const row of read.excludedRows) {
    const what = [row.label, row.detail].filter((x) => x).join(': ');
    lines.push(`  ${row.sheet} row ${row.row}: ${row.reason}${what ? ` (${what})` : ''}`);
  }
  lines.push('', `Diagnostics (${read.diagnostics.length})`);
  for (const d of read.diagnostics) {
    const where = d.sheet ? `${d.sheet}${d.cell ? `!${d.cell}` : ''}` : 'workbook';
    lines.push(`  ${d.severity.padEnd(7)} ${where}: ${d.message}`);
  }
  return `${lines.join('\n')}\n`;
}

function formatTable(table: DetectedTable): string[] {
  const kind = [table.role, table.layout, table.scenarios.map((s) => SCENARIOS[s] ?? s).join(' + ')]
    .filter((x) => x)
    .join(', ');
  const name = table.tableName ? `${table.tableName} (${table.sheet}!${table.range})` : table.id;
  const periods =
    table.periods.length > 0
      ? `; ${table.periods.length} periods ${shortPeriodLabel(table.periods[0])} to ${shortPeriodLabel(table.periods[table.periods.length - 1])}`
      : '';
  const first = parseA1(table.range.split(':')[0])?.column ?? 0;
  const columns = table.columns
    .filter((c) => c.role !== 'month')
    .map((c) => `${columnLetters(first + c.index)} ${c.header || '(no header)'} = ${c.role}`)
    .join(', ');
  return [
    `  ${name}: ${kind} (confidence ${Math.round(table.confidence * 100)} %)`,
    `    ${table.reason}`,
    `    Header row ${table.headerRow}${periods}; ${table.rowsRead} rows read`,
    ...(columns ? [`    Columns: ${columns}`] : []),
  ];
}
