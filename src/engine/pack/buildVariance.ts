/**
 * The Variance sheet: every line and roll-up with ΔBU for the month and YTD (ΔPY and ΔFC when the workbook has prior
 * year or forecast figures), favourable and material flags, and the Commentary, Owner, Action and Due columns users
 * fill in, kept across refreshes by line key.
 */
import type { AnalysisResult, Rollup, VarianceCell, VarianceLine } from '../results/AnalysisResult';
import { EDITABLE_COLUMNS, LINE_KEY_COLUMN } from './editableColumns';
import type { PackBlock, PackColumn, PackRow, PackValue, TableBlock } from './Pack';
import { DELTA_FORMAT, DELTA_PERCENT_FORMAT } from './numberFormats';
import { impactWord } from './packText';

/** "Raw materials (Operations)": how a line is named wherever the pack lists it. */
export function lineName(line: Pick<VarianceLine, 'account' | 'department'>): string {
  return line.department ? `${line.account} (${line.department})` : line.account;
}

function windowColumns(prefix: string, label: string): PackColumn[] {
  return [
    { key: `${prefix}Budget`, header: `${label} budget`, kind: 'currency' },
    { key: `${prefix}Actual`, header: `${label} actual`, kind: 'currency' },
    { key: `${prefix}Delta`, header: `${label} ΔBU`, kind: 'currency', numberFormat: DELTA_FORMAT },
    { key: `${prefix}DeltaPct`, header: `${label} ΔBU %`, kind: 'percent', numberFormat: DELTA_PERCENT_FORMAT },
    { key: `${prefix}Impact`, header: `${label} impact`, kind: 'flag' },
  ];
}

function windowValues(prefix: string, cell: VarianceCell): Record<string, PackValue> {
  return {
    [`${prefix}Budget`]: cell.budget,
    [`${prefix}Actual`]: cell.actual,
    [`${prefix}Delta`]: cell.variance,
    [`${prefix}DeltaPct`]: cell.variancePct,
    [`${prefix}Impact`]: impactWord(cell.favourable),
  };
}

function lineRow(line: VarianceLine): PackRow {
  return {
    key: line.key,
    values: {
      account: line.account,
      code: line.accountCode,
      department: line.department,
      type: line.type === 'revenue' ? 'Revenue' : 'Expense',
      ...windowValues('m', line.month),
      pyDelta: line.priorYear?.month?.delta ?? null,
      fcDelta: line.forecast?.month?.delta ?? null,
      ...windowValues('y', line.ytd),
      fyBudget: line.fullYear.budget,
      fyOutlook: line.fullYear.outlook,
      material: line.month.material || line.ytd.material ? 'Material' : null,
      commentary: null,
      owner: null,
      action: null,
      due: null,
      lineKey: line.key,
    },
  };
}

function rollupRow(rollup: Rollup, emphasis: 'subtotal' | 'total'): PackRow {
  const type = rollup.by === 'type' ? (rollup.key === 'revenue' ? 'Revenue' : 'Expense') : 'Result';
  return {
    emphasis,
    values: {
      account: rollup.by === 'department' ? `${rollup.label} total` : rollup.label,
      department: rollup.by === 'department' ? rollup.key : null,
      type,
      ...windowValues('m', rollup.month),
      ...windowValues('y', rollup.ytd),
      fyBudget: rollup.fullYear.budget,
      fyOutlook: rollup.fullYear.outlook,
    },
  };
}

/** Lines grouped by department in order of appearance, each group closed by its department roll-up. */
function orderedRows(result: AnalysisResult): PackRow[] {
  const groups = new Map<string, VarianceLine[]>();
  for (const line of result.variance.lines) {
    const key = line.department ?? '';
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  const rows: PackRow[] = [];
  for (const [department, lines] of groups) {
    rows.push(...lines.map(lineRow));
    const rollup = result.variance.rollups.find((r) => r.by === 'department' && r.key === department);
    if (rollup) rows.push(rollupRow(rollup, 'subtotal'));
  }
  for (const r of result.variance.rollups.filter((r) => r.by === 'type')) rows.push(rollupRow(r, 'subtotal'));
  for (const r of result.variance.rollups.filter((r) => r.by === 'total')) rows.push(rollupRow(r, 'total'));
  return rows;
}

/** The variance table; ΔPY and ΔFC columns appear only when some line has those figures. */
export function varianceTable(result: AnalysisResult): TableBlock {
  const lines = result.variance.lines;
  const hasPy = lines.some((l) => l.priorYear?.month);
  const hasFc = lines.some((l) => l.forecast?.month);
  const columns: PackColumn[] = [
    { key: 'account', header: 'Account', kind: 'text', width: 28 },
    { key: 'code', header: 'Code', kind: 'text', width: 8 },
    { key: 'department', header: 'Department', kind: 'text', width: 14 },
    { key: 'type', header: 'Type', kind: 'text', width: 9 },
    ...windowColumns('m', 'Month'),
    ...(hasPy ? [{ key: 'pyDelta', header: 'Month ΔPY', kind: 'currency' as const, numberFormat: DELTA_FORMAT }] : []),
    ...(hasFc ? [{ key: 'fcDelta', header: 'Month ΔFC', kind: 'currency' as const, numberFormat: DELTA_FORMAT }] : []),
    ...windowColumns('y', 'YTD'),
    { key: 'fyBudget', header: 'Full-year budget', kind: 'currency' },
    { key: 'fyOutlook', header: 'Full-year outlook', kind: 'currency' },
    { key: 'material', header: 'Material', kind: 'flag', width: 10 },
    ...EDITABLE_COLUMNS,
    LINE_KEY_COLUMN,
  ];
  return {
    kind: 'table',
    id: 'variance-lines',
    heading: 'Budget vs actual by line',
    columns,
    rows: orderedRows(result),
    keyColumn: LINE_KEY_COLUMN.key,
    conditionalFormats: [
      { column: 'mImpact', rule: 'favourable-flag' },
      { column: 'yImpact', rule: 'favourable-flag' },
    ],
    emptyText: 'No budget or actual lines were found for this period.',
  };
}

/** The Variance sheet's blocks after its title. */
export function varianceBlocks(result: AnalysisResult): PackBlock[] {
  const excluded = result.variance.excludedRows;
  const notes = [
    'ΔBU is actual minus budget. Impact is by business impact: revenue above budget and costs below budget are favourable.',
    'Type commentary, owner, action and due date in the shaded columns: they are kept, by line, when the pack is refreshed.',
  ];
  if (excluded.length > 0) {
    const rows = excluded
      .map((r) => `${r.sheet} row ${r.row}`)
      .slice(0, 10)
      .join(', ');
    notes.push(
      `${excluded.length} source row${excluded.length === 1 ? ' was' : 's were'} not read as lines (subtotals, totals, headings): ${rows}${excluded.length > 10 ? ', …' : ''}.`,
    );
  }
  return [varianceTable(result), { kind: 'note', heading: 'How to read this sheet', lines: notes }];
}
