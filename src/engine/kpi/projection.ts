import { forecast } from '../forecast/forecast';
import type { Period } from '../read/datasets';
import { formatKpiValue } from './formatKpiValue';
import { monthName } from '../period/periodLabel';
import { monthIndex } from '../period/months';

/** The part of the forecast engine's answer a projection needs; {@link forecast} satisfies it. */
export type ProjectionForecaster = (
  y: readonly (number | null)[],
  options: { period: 12 | 4 | 1; h: number },
) => { ok: true; mean: number[] } | { ok: false; reason: string };

export interface Projection {
  readonly period: Period;
  readonly value: number;
  readonly target: number | null;
  readonly text: string;
}

export interface ProjectionInput {
  readonly name: string;
  readonly unit: string | null;
  readonly percentAsFraction: boolean;
  /** Observed values up to the review period, oldest first, at most one per period. */
  readonly history: readonly { readonly period: Period; readonly value: number }[];
  /** The period to project to (the fiscal year end). */
  readonly until: Period;
  readonly targetAt: (period: Period) => number | null;
}

/**
 * Where the KPI lands at `until` if it carries on as it has, using the forecast engine:
 * "At this trend, on-time delivery reaches 94.1 % by December against 95 %."
 *
 * KPIs reported quarterly (every gap between observations a multiple of three months) are forecast on a
 * quarterly series so the engine sees their real cadence; missing periods go to the engine as gaps.
 *
 * @returns null when the history already reaches `until` or the forecast engine declines (too little history).
 */
export function projection(input: ProjectionInput, forecaster: ProjectionForecaster = forecast): Projection | null {
  const { history, until } = input;
  if (history.length === 0) return null;
  const indices = history.map((point) => monthIndex(point.period));
  const last = indices[indices.length - 1];
  const end = monthIndex(until);
  if (end <= last) return null;
  const gaps = indices.slice(1).map((index, i) => index - indices[i]);
  const step = gaps.length > 0 && gaps.every((gap) => gap % 3 === 0) ? 3 : 1;
  const series: (number | null)[] = new Array<number | null>((last - indices[0]) / step + 1).fill(null);
  history.forEach((point, i) => {
    series[Math.round((indices[i] - indices[0]) / step)] = point.value;
  });
  const h = Math.ceil((end - last) / step);
  const result = forecaster(series, { period: step === 3 ? 4 : 12, h });
  if (!result.ok) return null;
  const value = result.mean[h - 1];
  if (!Number.isFinite(value)) return null;
  const target = input.targetAt(until);
  const shown = (v: number): string => formatKpiValue(v, input.unit, input.percentAsFraction);
  const against = target === null ? '' : ` against ${shown(target)}`;
  const text = `At this trend, ${lowerFirst(input.name)} reaches ${shown(value)} by ${monthName(until)}${against}.`;
  return { period: until, value, target, text };
}

/** "On-time delivery" reads better mid-sentence as "on-time delivery"; acronyms such as "DSO" keep their case. */
function lowerFirst(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
}
