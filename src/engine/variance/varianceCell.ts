import type { VarianceCell } from '../results/AnalysisResult';
import type { Materiality } from './VarianceOptions';
import { roundAmount } from './roundAmount';

/** Sign convention of a figure: revenue and results are good when up, expenses when down. */
export type Polarity = 'revenue' | 'expense';

/** variance / |base| as a fraction, or null when the base is 0. */
export function fractionOf(variance: number, base: number): number | null {
  return base === 0 ? null : roundAmount(variance / Math.abs(base));
}

/** Revenue (and results) are favourable when the variance is >= 0; expenses when it is <= 0. */
export function isFavourable(variance: number, polarity: Polarity): boolean {
  return polarity === 'revenue' ? variance >= 0 : variance <= 0;
}

/**
 * Material when |variancePct| >= threshold and |variance| >= absoluteThreshold; with a zero budget, any non-zero
 * actual is material (there is no percentage to compare).
 */
export function isMaterial(variance: number, variancePct: number | null, actual: number, limits: Materiality): boolean {
  if (variancePct === null) return actual !== 0;
  return Math.abs(variancePct) >= limits.threshold && Math.abs(variance) >= limits.absoluteThreshold;
}

/** Budget against actual for one window: variance = actual - budget, with percentage, direction and materiality. */
export function varianceCell(budget: number, actual: number, polarity: Polarity, limits: Materiality): VarianceCell {
  const b = roundAmount(budget);
  const a = roundAmount(actual);
  const variance = roundAmount(a - b);
  const variancePct = fractionOf(variance, b);
  return {
    budget: b,
    actual: a,
    variance,
    variancePct,
    favourable: isFavourable(variance, polarity),
    material: isMaterial(variance, variancePct, a, limits),
  };
}
