import type { Diagnostic } from '../diagnostics';
import type { KpiRecord, Period } from '../read/datasets';
import type { FiscalYear } from '../read/WorkbookRead';
import type { KpiResult } from '../results/AnalysisResult';
import { attainment, metTarget } from './attainment';
import { checkKpiRecord } from './checkKpiRecord';
import { composite, type Scorecard } from './composite';
import { isPercentFraction } from './formatKpiValue';
import { kpiHistory } from './kpiHistory';
import type { KpiTarget } from './KpiTarget';
import { projection, type ProjectionForecaster } from './projection';
import { status } from './status';
import { trend, type TrendOptions } from './trend';

/** Options of {@link scoreKpis}. */
export interface KpiOptions extends TrendOptions {
  /** The forecast used for year-end projections. @default the forecast engine's `forecast` */
  readonly forecaster?: ProjectionForecaster;
}

/**
 * The KPI scorecard for one review period: per KPI the actual (latest value up to the period), target, attainment,
 * status, trend, periods in a row off target and the projection to the fiscal year end; then the weighted
 * composite. Problems in the KPI table (bad thresholds, duplicate values, missing targets) come back as diagnostics.
 */
export function scoreKpis(
  kpis: readonly KpiRecord[],
  period: Period,
  fiscalYear: FiscalYear,
  options: KpiOptions = {},
): { kpis: KpiResult[]; scorecard: Scorecard | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const results = kpis.map((record) => {
    const { result, diagnostics: found } = scoreKpi(record, period, fiscalYear, options);
    diagnostics.push(...found);
    return result;
  });
  return { kpis: results, scorecard: composite(results), diagnostics };
}

function scoreKpi(
  record: KpiRecord,
  period: Period,
  fiscalYear: FiscalYear,
  options: KpiOptions,
): { result: KpiResult; diagnostics: Diagnostic[] } {
  const settings = checkKpiRecord(record);
  const history = kpiHistory(record, period);
  const latest = history.values.at(-1) ?? null;
  const target = history.targetAt(latest?.period ?? period);
  const actual = latest?.value ?? null;
  const figures = [...history.values.map((v) => v.value), ...(target === null ? [] : [target.value])];
  const yearEnd = fiscalYear.periods.at(-1) ?? period;
  const kpiTrend = trend(
    history.values.map((v) => v.value),
    record.direction,
    { window: options.window, flatTolerance: options.flatTolerance, low: target?.low, high: target?.high },
  );
  const result: KpiResult = {
    name: record.name,
    unit: record.unit,
    direction: record.direction,
    target: target?.value ?? null,
    targetRange: target && target.low !== null && target.high !== null ? { low: target.low, high: target.high } : null,
    actual,
    attainment: actual === null || target === null ? null : attainment(actual, target),
    status: status(actual, target, settings.thresholds),
    trend: kpiTrend === null ? null : { direction: kpiTrend.direction, slope: kpiTrend.slope },
    periodsOffTarget: periodsOffTarget(history.values, history.targetAt),
    projection: projection(
      {
        name: record.name,
        unit: record.unit,
        percentAsFraction: isPercentFraction(record.unit, figures),
        history: history.values,
        until: yearEnd,
        targetAt: (at) => history.targetAt(at)?.value ?? null,
      },
      options.forecaster,
    ),
    owner: record.owner,
    perspective: record.perspective,
    weight: settings.weight,
    history: history.values.map((v) => ({
      period: v.period,
      value: v.value,
      target: history.targetAt(v.period)?.value ?? null,
    })),
    source: record.source,
  };
  return { result, diagnostics: [...settings.diagnostics, ...history.diagnostics] };
}

/**
 * Consecutive observed periods, counting back from the latest, in which the target was not met (amber counts as
 * off target: amber is "close", not "on"). A period with no target ends the run, as nothing was missed then.
 */
function periodsOffTarget(
  values: readonly { readonly period: Period; readonly value: number }[],
  targetAt: (period: Period) => KpiTarget | null,
): number {
  let count = 0;
  for (let i = values.length - 1; i >= 0; i--) {
    const target = targetAt(values[i].period);
    if (target === null || metTarget(values[i].value, target)) break;
    count++;
  }
  return count;
}
