import type { KpiTarget } from './KpiTarget';

/**
 * Attainment of a KPI against its target, 1 meaning "exactly on target".
 *
 * - higher-is-better: actual / target; lower-is-better: target / actual.
 * - range: 1 inside the band; below it, actual / low; above it, high / actual (the two formulas above applied to
 *   the edge that was missed), so a KPI 5 % outside its band scores about 0.95 either side.
 *
 * A ratio is only meaningful when its denominator is positive (and, for lower-is-better, the target is not negative):
 * a zero target ("zero lost-time incidents") or a zero actual would divide by zero, and a negative one flips the
 * meaning. In those cases attainment is `null` and {@link metTarget} decides the status instead.
 *
 * @returns the ratio, or null when it is undefined for these figures.
 */
export function attainment(actual: number, target: KpiTarget): number | null {
  switch (target.direction) {
    case 'higher':
      return target.value > 0 ? actual / target.value : null;
    case 'lower':
      return actual > 0 && target.value >= 0 ? target.value / actual : null;
    case 'range': {
      const low = target.low ?? target.value;
      const high = target.high ?? target.value;
      if (actual >= low && actual <= high) return 1;
      if (actual < low) return low > 0 ? actual / low : null;
      return actual > 0 && high >= 0 ? high / actual : null;
    }
  }
}

/**
 * How far the actual is on the good side of the target, in the KPI's own units (negative = short of target).
 * For a range, 0 inside the band and minus the distance to the nearest edge outside it.
 */
export function margin(actual: number, target: KpiTarget): number {
  switch (target.direction) {
    case 'higher':
      return actual - target.value;
    case 'lower':
      return target.value - actual;
    case 'range': {
      const low = target.low ?? target.value;
      const high = target.high ?? target.value;
      if (actual < low) return actual - low;
      if (actual > high) return high - actual;
      return 0;
    }
  }
}

/** True when the actual meets or beats the target (inside the band for a range). */
export function metTarget(actual: number, target: KpiTarget): boolean {
  return margin(actual, target) >= 0;
}
