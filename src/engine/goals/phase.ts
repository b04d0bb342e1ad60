import { allocate } from './allocate';

/** One phased period's target and the running total through it. */
export interface PhasedTarget {
  readonly target: number;
  readonly cumulativeTarget: number;
}

/**
 * Phases an annual target over periods in proportion to a profile (1 per period for even phasing, the custom
 * weights, or seasonal indices), rounded to `decimals` with {@link allocate} so the periods add up exactly to the
 * annual target and the last cumulative target equals it. Cumulative figures are summed in whole units of
 * 10^-decimals, so they carry no floating-point drift either.
 *
 * @throws Error under the same conditions as {@link allocate} (a caller bug: profiles are checked first).
 */
export function phase(annualTarget: number, profile: readonly number[], decimals: number): PhasedTarget[] {
  const scale = 10 ** decimals;
  let units = 0;
  return allocate(annualTarget, profile, decimals).map((target) => {
    units += Math.round(target * scale);
    return { target, cumulativeTarget: units / scale + 0 };
  });
}

/** Units of things that can be split: money, percentages, time and measures. Anything else named is counted. */
const DIVISIBLE =
  /^(%|\$|£|€|¥|[A-Z]{3}|hours?|hrs?|h|days?|minutes?|mins?|weeks?|months?|years?|km|miles?|kg|tonnes?|tons?|litres?|liters?|kwh|mwh|m2|m²|points?|pts)$/i;

/**
 * Decimal places to phase a target to: none for a whole number of counted things ("6 contracts" is phased in whole
 * contracts, never 0.5 a month); otherwise those of the target itself, at least 2 (so 1,000 phased over 12 months
 * is 83.33 and not 83) and at most 6.
 */
export function phasingDecimals(annualTarget: number, unit: string | null = null): number {
  const word = unit?.trim() ?? '';
  if (Number.isInteger(annualTarget) && word !== '' && !DIVISIBLE.test(word)) return 0;
  const text = String(annualTarget);
  const fraction = /\.(\d+)$/.exec(text)?.[1].length ?? 0;
  return Math.min(6, Math.max(2, text.includes('e') ? 6 : fraction));
}
