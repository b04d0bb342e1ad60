/** Options of {@link nelderMead}. */
export interface NelderMeadOptions {
  /** @default 0.1 — initial simplex edge along each axis. */
  step?: number;
  /** @default 200 × dimension — function evaluations before stopping. */
  maxEvaluations?: number;
  /** @default 1e-8 — stop when the simplex's function values agree to this relative tolerance (R optim's reltol). */
  tolerance?: number;
}

/** The minimum found and its value. */
export interface NelderMeadResult {
  readonly x: number[];
  readonly value: number;
  readonly evaluations: number;
}

/**
 * Unconstrained minimisation by the Nelder–Mead simplex (Nelder & Mead 1965; coefficients reflection 1,
 * expansion 2, contraction ½, shrink ½ as in R `optim`). Non-finite values are treated as +Infinity, so an
 * objective may refuse a point by returning NaN or Infinity. Deterministic.
 */
export function nelderMead(
  f: (x: number[]) => number,
  start: readonly number[],
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const dim = start.length;
  const step = options.step ?? 0.1;
  const maxEvaluations = options.maxEvaluations ?? 200 * dim;
  const tolerance = options.tolerance ?? 1e-8;
  let evaluations = 0;
  const value = (x: number[]): number => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  const simplex: number[][] = [[...start]];
  for (let i = 0; i < dim; i++) {
    const p = [...start];
    p[i] += step;
    simplex.push(p);
  }
  const values = simplex.map(value);
  const order = simplex.map((_, i) => i);
  const along = (a: number[], b: number[], t: number): number[] => a.map((v, i) => v + t * (b[i] - v));
  while (evaluations < maxEvaluations) {
    order.sort((i, j) => values[i] - values[j]);
    const best = order[0];
    const worst = order[dim];
    const spread = Math.abs(values[worst] - values[best]);
    if (spread <= tolerance * (Math.abs(values[best]) + tolerance)) break;
    const centroid = new Array<number>(dim).fill(0);
    for (let k = 0; k < dim; k++) for (let i = 0; i < dim; i++) centroid[i] += simplex[order[k]][i] / dim;
    const reflected = along(centroid, simplex[worst], -1);
    const fr = value(reflected);
    if (fr < values[best]) {
      const expanded = along(centroid, simplex[worst], -2);
      const fe = value(expanded);
      [simplex[worst], values[worst]] = fe < fr ? [expanded, fe] : [reflected, fr];
      continue;
    }
    if (fr < values[order[dim - 1]]) {
      [simplex[worst], values[worst]] = [reflected, fr];
      continue;
    }
    const outside = fr < values[worst];
    const contracted = along(centroid, outside ? reflected : simplex[worst], 0.5);
    const fc = value(contracted);
    if (fc < Math.min(fr, values[worst])) {
      [simplex[worst], values[worst]] = [contracted, fc];
      continue;
    }
    for (let k = 1; k <= dim; k++) {
      const i = order[k];
      simplex[i] = along(simplex[best], simplex[i], 0.5);
      values[i] = value(simplex[i]);
    }
  }
  let bestIndex = 0;
  for (let i = 1; i <= dim; i++) if (values[i] < values[bestIndex]) bestIndex = i;
  return { x: simplex[bestIndex], value: values[bestIndex], evaluations };
}
