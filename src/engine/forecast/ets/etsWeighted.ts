import type { MethodForecast } from '../MethodForecast';
import { mixture } from '../mixture';
import { etsName } from './EtsSpec';
import { etsFits } from './etsAuto';
import { etsForecast } from './etsForecast';

/**
 * Every admissible ETS model combined by Akaike weights, w ∝ exp(−ΔAICc / 2) (Burnham & Anderson 2002, §2.9):
 * Kolassa (2011, IJF 27) found these combinations more accurate than the single best model on M3, because the
 * choice between close models is itself uncertain. Models far behind on AICc get a negligible weight, so a clear
 * winner forecasts alone. Null when no model can be fitted or the combination leaves the finite numbers.
 * The name is that of the model with the largest weight, and its share.
 */
export function etsWeighted(y: readonly number[], period: number, h: number): MethodForecast | null {
  // A model whose forecast explodes is left out before weighting: even a weight of 0 times Infinity is NaN.
  const fitted = etsFits(y, period).map((fit) => ({ fit, forecast: etsForecast(fit, h) }));
  const usable = fitted.filter(
    ({ forecast }) => forecast.mean.every(Number.isFinite) && forecast.sd.every(Number.isFinite),
  );
  if (usable.length === 0) return null;
  const fits = usable.map(({ fit }) => fit);
  const members = usable.map(({ forecast }) => forecast);
  const best = fits.reduce((a, f) => (f.aicc < a.aicc ? f : a));
  const weights = fits.map((f) => Math.exp(-0.5 * (f.aicc - best.aicc)));
  const total = weights.reduce((a, b) => a + b, 0);
  const lead = etsName(best.spec);
  const share = Math.round((100 * Math.max(...weights)) / total);
  const f = mixture(share >= 100 ? lead : `${lead} ${share} % of ${fits.length} by AICc`, members, weights);
  return f.mean.every(Number.isFinite) && f.sd.every(Number.isFinite) ? f : null;
}
