import type { Diagnostic } from '../diagnostics';
import { seasonalIndices } from '../forecast/seasonalIndices';
import type { ObjectiveRecord, PhasingMethod } from '../read/datasets';

/** How an objective will be phased: the method actually used and one weight per month (12) or quarter (4). */
export interface PhasingProfile {
  readonly method: PhasingMethod;
  readonly weights: readonly number[];
  readonly diagnostics: readonly Diagnostic[];
}

const EVEN = Array.from({ length: 12 }, () => 1);

/** The monthly figures of the latest complete, all-positive fiscal year of a fiscal-aligned series. */
function lastFullYear(series: readonly (number | null)[]): { index: number; weights: number[] } | null {
  for (let year = Math.floor(series.length / 12) - 1; year >= 0; year--) {
    const months = series.slice(year * 12, year * 12 + 12);
    if (months.every((value): value is number => value !== null && Number.isFinite(value) && value > 0)) {
      return { index: year, weights: months };
    }
  }
  return null;
}

/**
 * Chooses an objective's phasing profile. The method is the one the table names; when it names none, a custom
 * profile or a reference series given on the row implies that method, and otherwise phasing is even.
 *
 * - custom: the row's 12 (monthly) or 4 (quarterly) weights, in fiscal order;
 * - seasonal: the seasonal indices of the reference series from the forecast engine, which needs at least two full
 *   years of positive monthly figures; with one full year, the shape of that year. The series must be aligned to the fiscal year: element 0 is a first fiscal
 *   month (see {@link phaseObjectives}).
 *
 * Whatever cannot be used falls back to even phasing with a warning on the objective's row saying why.
 */
export function phasingProfile(
  objective: ObjectiveRecord,
  referenceSeries: (name: string) => readonly (number | null)[] | null,
): PhasingProfile {
  const method = objective.phasing ?? (objective.profile ? 'custom' : objective.reference ? 'seasonal' : 'even');
  const fallBack = (why: string): PhasingProfile => ({
    method: 'even',
    weights: EVEN,
    diagnostics: [
      {
        severity: 'warning',
        sheet: objective.source.sheet,
        cell: objective.source.cell,
        message: `"${objective.name}" is phased evenly because ${why}.`,
        code: 'goal-phasing',
      },
    ],
  });
  if (method === 'even') return { method, weights: EVEN, diagnostics: [] };
  if (method === 'custom') {
    const profile = objective.profile ?? [];
    if (profile.length !== 12 && profile.length !== 4) {
      return fallBack(`its custom profile has ${profile.length} weights; give 12 (one a month) or 4 (one a quarter)`);
    }
    if (profile.some((w) => !Number.isFinite(w) || w < 0) || !profile.some((w) => w > 0)) {
      return fallBack('its custom profile has negative or no positive weights');
    }
    return { method, weights: profile, diagnostics: [] };
  }
  if (objective.reference === null)
    return fallBack('seasonal phasing needs a reference KPI or account, and none is named');
  const series = referenceSeries(objective.reference);
  if (series === null)
    return fallBack(`no KPI or account named "${objective.reference}" was found for its seasonal profile`);
  const indices = seasonalIndices(series, 12);
  if (indices !== null && indices.every((w) => w >= 0)) return { method, weights: indices, diagnostics: [] };
  // One full year is not enough to separate season from trend, but phasing "like last year" is what a finance team
  // would do by hand, so it beats even phasing; the user is told which year shaped the targets.
  const lastYear = lastFullYear(series);
  if (lastYear === null) {
    return fallBack(
      `"${objective.reference}" does not have a full fiscal year of positive monthly figures to phase by`,
    );
  }
  return {
    method,
    weights: lastYear.weights,
    diagnostics: [
      {
        severity: 'info',
        sheet: objective.source.sheet,
        cell: objective.source.cell,
        message:
          `"${objective.name}" is phased like the last full fiscal year of "${objective.reference}" ` +
          '(one full year of history; two or more give a seasonal profile that also allows for trend).',
        code: 'goal-phasing',
      },
    ],
  };
}
