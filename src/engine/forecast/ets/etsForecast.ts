import type { MethodForecast } from '../MethodForecast';
import { etsName } from './EtsSpec';
import type { EtsFit } from './etsFit';

/**
 * Point forecasts of a fitted ETS model and their standard errors. The variance is the exact class-1 formula of
 * Hyndman et al. (2008, Table 6.1) for additive errors, v_h = σ²·(1 + Σ_{j<h} c_j²) with
 * c_j = α + β·φ_j + γ·[j mod m = 0]; for multiplicative errors the same factor is applied to relative errors
 * and scaled by the point forecast, the first-order approximation of their class-2/3 formulas.
 */
export function etsForecast(fit: EtsFit, h: number): MethodForecast {
  const { spec, params, final, period: m, n } = fit;
  const { alpha, beta, gamma, phi } = params;
  const damped = spec.trend === 'Ad';
  const hasTrend = spec.trend !== 'N';
  const mean: number[] = [];
  const sd: number[] = [];
  let phiSum = 0; // φ_j = φ + φ² + … + φ^j (j for an undamped trend)
  let phiPower = 1;
  let cumulative = 0; // Σ c_j² for j < step
  for (let step = 1; step <= h; step++) {
    phiPower *= damped ? phi : 1;
    const phiPrev = phiSum;
    phiSum += hasTrend ? phiPower : 0;
    const q = final.level + phiSum * final.trend;
    const s = final.seasons[(n + step - 1) % m];
    const point = spec.season === 'M' ? q * s : spec.season === 'A' ? q + s : q;
    if (step > 1) {
      const j = step - 1;
      const c = alpha + (hasTrend ? beta * phiPrev : 0) + (spec.season !== 'N' && j % m === 0 ? gamma : 0);
      cumulative += c * c;
    }
    const relative = Math.sqrt(fit.sigma2 * (1 + cumulative));
    mean.push(point);
    sd.push(spec.error === 'M' ? Math.abs(point) * relative : relative);
  }
  return { name: etsName(spec), mean, sd };
}
