import type { EtsSpec } from './EtsSpec';
import { etsFit, type EtsFit } from './etsFit';

/** R `ets()` ignores seasonality above this frequency ("frequency too high"). */
const MAX_SEASONAL_PERIOD = 24;

/**
 * The admissible ETS models for a history: R `ets()`'s default set with `restrict = TRUE` and no multiplicative
 * trend — additive error with a multiplicative season is left out (numerically unstable), multiplicative
 * components need strictly positive data, seasonal models need two full seasons. As in R, seasonal models are
 * tried whether or not the series tests seasonal (the information criterion decides), and not at all for more
 * than 24 periods a year: 52 weekly seasonal states cannot be estimated from a few years, and the Theta-family
 * members of the combination still take the season out by decomposition.
 */
export function etsCandidates(y: readonly number[], period: number): EtsSpec[] {
  const positive = y.every((v) => v > 0);
  const seasonal = period > 1 && period <= MAX_SEASONAL_PERIOD && y.length >= 2 * period;
  const out: EtsSpec[] = [];
  for (const error of positive ? (['A', 'M'] as const) : (['A'] as const)) {
    for (const trend of ['N', 'A', 'Ad'] as const) {
      for (const season of seasonal ? (['N', 'A', 'M'] as const) : (['N'] as const)) {
        if (season === 'M' && (!positive || error === 'A')) continue;
        out.push({ error, trend, season });
      }
    }
  }
  return out;
}

/** Fits every admissible model that can be fitted, in the order of {@link etsCandidates}. */
export function etsFits(y: readonly number[], period: number): EtsFit[] {
  const fits: EtsFit[] = [];
  for (const spec of etsCandidates(y, period)) {
    const fit = etsFit(y, spec, period);
    if (fit !== null && Number.isFinite(fit.aicc)) fits.push(fit);
  }
  return fits;
}

/** Fits every admissible model and keeps the one with the smallest AICc (Hyndman et al. 2008, §7.2); null if none fits. */
export function etsAuto(y: readonly number[], period: number): EtsFit | null {
  let best: EtsFit | null = null;
  for (const fit of etsFits(y, period)) if (best === null || fit.aicc < best.aicc) best = fit;
  return best;
}
