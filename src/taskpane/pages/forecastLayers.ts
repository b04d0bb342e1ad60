import type { ForecastSeries } from '../../engine';
import { periodDate } from './periodDate';

/** One month of the stacked interval: the invisible base up to the 95 % low, then the three visible slices. */
export interface BandStack {
  readonly x: Date;
  /** The 95 % low (the actual itself over the history, where the band has no width). */
  readonly base: number;
  /** 95 % low to 80 % low. */
  readonly lower95: number;
  /** 80 % low to 80 % high. */
  readonly inner80: number;
  /** 80 % high to 95 % high. */
  readonly upper95: number;
}

/** A plotted point of the actual or forecast line. */
export interface LinePoint {
  readonly x: Date;
  readonly y: number;
}

/** What the forecast chart draws: the stacked band, the two lines and one y range shared by both layers. */
export interface ForecastLayers {
  readonly band: readonly BandStack[];
  readonly actual: readonly LinePoint[];
  readonly forecast: readonly LinePoint[];
  /** The monthly budget over the same months, where the workbook has one. */
  readonly budget: readonly LinePoint[];
  readonly yMin: number;
  readonly yMax: number;
}

/**
 * Splits a forecast into what a stacking area chart can draw as a shaded interval: each month's band becomes a
 * transparent base up to the 95 % low and three non-negative slices on top (95→80 low, the 80 % range, 80→95 high),
 * so the stack's edges land exactly on lo95, lo80, hi80 and hi95. The band runs over every month, pinched to zero
 * width over the history, because the chart lines its series up by month. The forecast line starts at the last
 * actual so the two read as one continuing line. Months that are not "YYYY-MM" are left out.
 */
export function forecastLayers(
  series: ForecastSeries,
  budgetPoints: readonly { readonly period: string; readonly value: number }[] = [],
): ForecastLayers {
  const budget = budgetPoints.flatMap((b) => {
    const x = periodDate(b.period);
    return x ? [{ x, y: b.value }] : [];
  });
  const band: BandStack[] = [];
  const actual: LinePoint[] = [];
  const forecast: LinePoint[] = [];
  for (const h of series.history) {
    const x = periodDate(h.period);
    if (!x) continue;
    band.push({ x, base: h.value, lower95: 0, inner80: 0, upper95: 0 });
    actual.push({ x, y: h.value });
  }
  const last = actual[actual.length - 1];
  if (last && series.points.length > 0) forecast.push(last);
  for (const p of series.points) {
    const x = periodDate(p.period);
    if (!x) continue;
    // Intervals are ordered lo95 ≤ lo80 ≤ hi80 ≤ hi95 by construction; max(0, …) keeps a rounding slip from
    // drawing a slice upside down.
    band.push({
      x,
      base: p.lo95,
      lower95: Math.max(0, p.lo80 - p.lo95),
      inner80: Math.max(0, p.hi80 - p.lo80),
      upper95: Math.max(0, p.hi95 - p.hi80),
    });
    forecast.push({ x, y: p.mean });
  }
  const values = [
    ...band.flatMap((b) => [b.base, b.base + b.lower95 + b.inner80 + b.upper95]),
    ...actual.map((p) => p.y),
    ...forecast.map((p) => p.y),
    ...budget.map((p) => p.y),
  ];
  // Both layers get this range so their axes coincide; the charts always include zero, so this does too.
  return {
    band,
    actual,
    forecast,
    budget,
    yMin: Math.min(0, ...values),
    yMax: Math.max(0, ...values),
  };
}
