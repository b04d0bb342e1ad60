import type { MethodForecast } from './MethodForecast';

/**
 * Weighted combination of forecasts read as a mixture of the members' predictive distributions: the mean is the
 * weighted mean, the variance the law of total variance, Σw·sd² + Σw·(mean − combined mean)². The second term is
 * the members' disagreement, so the interval widens where the models differ, the uncertainty about the model
 * itself that no single member's variance carries (Hoeting et al. 1999, eq. 2, for Bayesian model averaging).
 * Weights need not sum to 1; they are normalised. Members must have the same horizon.
 */
export function mixture(name: string, members: readonly MethodForecast[], weights?: readonly number[]): MethodForecast {
  const w = weights ?? members.map(() => 1);
  const total = w.reduce((a, b) => a + b, 0);
  const h = members[0].mean.length;
  const mean: number[] = [];
  const sd: number[] = [];
  for (let i = 0; i < h; i++) {
    let mu = 0;
    members.forEach((f, j) => (mu += (w[j] * f.mean[i]) / total));
    let v = 0;
    members.forEach((f, j) => (v += (w[j] * (f.sd[i] ** 2 + (f.mean[i] - mu) ** 2)) / total));
    mean.push(mu);
    sd.push(Math.sqrt(v));
  }
  return { name, mean, sd };
}
