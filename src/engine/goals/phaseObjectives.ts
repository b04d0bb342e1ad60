import type { Diagnostic } from '../diagnostics';
import type { ObjectiveRecord, Period } from '../read/datasets';
import type { FiscalYear } from '../read/WorkbookRead';
import type { GoalResult } from '../results/AnalysisResult';
import { phase, phasingDecimals } from './phase';
import { phasingProfile } from './phasingProfile';

/**
 * Breaks each annual objective into monthly (or quarterly) goals: phased and cumulative targets, actuals where the
 * table gives them, and progress to date against the phased target.
 *
 * Quarterly goals sit on each fiscal quarter's last month, as quarterly data does everywhere in the engine; a
 * monthly actual counts towards the quarter it falls in. Progress to date compares actuals and targets of the phased
 * periods that have ended by `period`: a quarter in progress is not yet due, so neither side counts it.
 *
 * @param referenceSeries - the monthly history of a KPI or account by name, for seasonal phasing, aligned to the
 * fiscal year: element i is fiscal month i mod 12, so element 0 is the first month of a fiscal year (pad the start
 * with null if the history begins mid-year). Null when no such series exists.
 */
export function phaseObjectives(
  objectives: readonly ObjectiveRecord[],
  fiscalYear: FiscalYear,
  period: Period,
  referenceSeries: (name: string) => readonly (number | null)[] | null,
): { goals: GoalResult[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const goals = objectives.flatMap((objective) => {
    if (!Number.isFinite(objective.annualTarget)) {
      diagnostics.push({
        severity: 'error',
        sheet: objective.source.sheet,
        cell: objective.source.cell,
        message: `"${objective.name}" has no usable annual target, so it cannot be phased.`,
        code: 'goal-target',
      });
      return [];
    }
    const profile = phasingProfile(objective, referenceSeries);
    diagnostics.push(...profile.diagnostics);
    const step = 12 / profile.weights.length;
    const buckets = fiscalYear.periods.filter((_, i) => (i + 1) % step === 0);
    const phased = phase(
      objective.annualTarget,
      profile.weights,
      phasingDecimals(objective.annualTarget, objective.unit),
    );
    const actuals = bucketActuals(objective, fiscalYear, buckets, period, diagnostics);
    let running = 0;
    let due = 0;
    const periods = buckets.map((bucket, i) => {
      const actual = actuals.get(bucket) ?? null;
      const reached = bucket <= period;
      if (reached) {
        running += actual ?? 0;
        due = phased[i].cumulativeTarget;
      }
      return {
        period: bucket,
        target: phased[i].target,
        cumulativeTarget: phased[i].cumulativeTarget,
        actual,
        cumulativeActual: reached && actuals.size > 0 ? running : null,
      };
    });
    const progress =
      actuals.size === 0
        ? null
        : { actualToDate: running, targetToDate: due, attainment: due > 0 ? running / due : null };
    const goal: GoalResult = {
      objective: objective.name,
      unit: objective.unit,
      owner: objective.owner,
      annualTarget: objective.annualTarget,
      method: profile.method,
      periods,
      progress,
    };
    return [goal];
  });
  return { goals, diagnostics };
}

/**
 * Sums the objective's actuals into the phased periods, up to the review period. Actuals outside the fiscal year
 * are left out with one note per objective, since they belong to another year's target.
 */
function bucketActuals(
  objective: ObjectiveRecord,
  fiscalYear: FiscalYear,
  buckets: readonly Period[],
  period: Period,
  diagnostics: Diagnostic[],
): Map<Period, number> {
  const sums = new Map<Period, number>();
  const outside = objective.actuals.filter((a) => !fiscalYear.periods.includes(a.period));
  for (const actual of objective.actuals) {
    if (actual.period > period || !Number.isFinite(actual.value)) continue;
    const bucket = buckets.find((b) => b >= actual.period);
    if (bucket === undefined || outside.includes(actual)) continue;
    sums.set(bucket, (sums.get(bucket) ?? 0) + actual.value);
  }
  if (outside.length > 0) {
    diagnostics.push({
      severity: 'info',
      sheet: outside[0].source.sheet,
      cell: outside[0].source.cell,
      message:
        `${outside.length} actual${outside.length === 1 ? ' figure' : ' figures'} of "${objective.name}" ` +
        `${outside.length === 1 ? 'falls' : 'fall'} outside ` +
        `${fiscalYear.label} and are not counted towards its target.`,
      code: 'goal-actual-period',
    });
  }
  return sums;
}
