import type { KpiRecord, Period, UnreadableCell } from '../read/datasets';
import type { DataQuality, KpiResult, QualityIssue, VarianceLine } from '../results/AnalysisResult';
import { formatKpiValue, isPercentFraction } from '../kpi/formatKpiValue';
import { periodLabel } from '../period/periodLabel';
import { lineLabel } from '../variance/lineLabel';
import { qualityIssue, shownWhere } from '../variance/lineQuality';

/**
 * Marks each KPI whose figures rest on a cell that could not be read, or whose actual is an earlier month's value
 * because the period's own is missing (June's "tbd" must not pass May's 38 off as June's actual). `results` are in the
 * order of `records`, as `scoreKpis` returns them.
 */
export function markKpis(
  results: readonly KpiResult[],
  records: readonly KpiRecord[],
  unreadable: readonly UnreadableCell[],
  period: Period,
  firstMonth: Period,
): KpiResult[] {
  const byName = new Map<string, UnreadableCell[]>();
  for (const cell of unreadable) {
    if (cell.figure.kind !== 'kpi' || cell.period > period || cell.period < firstMonth) continue;
    const list = byName.get(cell.figure.name) ?? [];
    list.push(cell);
    byName.set(cell.figure.name, list);
  }
  return results.map((result, i) => {
    const record = records[i];
    if (record === undefined || record.name !== result.name) return result;
    const issues = kpiIssues(result, record, byName.get(record.name) ?? [], period);
    return issues.length === 0 ? result : { ...result, quality: { issues } };
  });
}

function kpiIssues(
  result: KpiResult,
  record: KpiRecord,
  cells: readonly UnreadableCell[],
  period: Period,
): QualityIssue[] {
  const latest = result.history.at(-1) ?? null;
  const carried = result.actual !== null && latest !== null && latest.period < period ? latest : null;
  const figures = [...result.history.map((h) => h.value), ...(result.target === null ? [] : [result.target])];
  const shownValue = (value: number): string =>
    formatKpiValue(value, result.unit, isPercentFraction(result.unit, figures));
  const issues: QualityIssue[] = cells.map((cell) => {
    const head = `${shownWhere(cell)} the ${periodLabel(cell.period)} value of ${record.name} should be`;
    const text =
      carried !== null && cell.period === period
        ? `${head}; ${periodLabel(carried.period)}'s ${shownValue(carried.value)} is shown as the latest actual instead.`
        : `${head}; that month is left out of the KPI's history and trend.`;
    return qualityIssue(cell, text);
  });
  if (carried !== null && !cells.some((c) => c.period === period)) {
    issues.push({
      sheet: record.source.sheet,
      cell: record.source.cell,
      issue: 'carried-forward',
      shown: '',
      period,
      text: `${record.name} has no ${periodLabel(period)} value; ${periodLabel(carried.period)}'s ${shownValue(carried.value)} is shown as the latest actual.`,
    });
  }
  return issues;
}

/** The review-wide data-quality block: every marked cell with the figure it belongs to, and which comparison was made. */
export function dataQuality(
  lines: readonly VarianceLine[],
  kpis: readonly KpiResult[],
  likeForLike: boolean,
): DataQuality {
  const issues: DataQuality['issues'] = [];
  for (const line of lines)
    for (const issue of line.quality?.issues ?? [])
      issues.push({ ...issue, figure: lineLabel(line), lineKey: line.key, kpi: null });
  for (const kpi of kpis)
    for (const issue of kpi.quality?.issues ?? [])
      issues.push({ ...issue, figure: kpi.name, lineKey: null, kpi: kpi.name });
  const compared = likeForLike
    ? "Like for like: where a line's actual or budget for a month cannot be read, that month's budget and actual are both left out of the line's month, QTD and YTD."
    : 'Not like for like: an unreadable actual counts as 0 against the full budget.';
  const count =
    issues.length === 0
      ? 'Every figure of this review rests on readable cells.'
      : `${issues.length} figure${issues.length > 1 ? 's rest' : ' rests'} on cells that could not be read as they should; they are marked.`;
  return { likeForLike, statement: `${count} ${compared}`, issues };
}
