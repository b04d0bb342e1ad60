import { referenceForecast } from './referenceForecast';
import type { SeasonalReference } from './SeasonalReference';

/** A reference's forecast that beat the statistical one in the backtest, with what the user is told. */
export interface ReferenceChoice {
  readonly mean: number[];
  /** the root mean square of the backtest errors, widening as a random walk past the longest step backtested */
  readonly sd: number[];
  readonly method: string;
  /** e.g. "follows the budget's seasonal shape at 97 % of its level (backtest: 1.2 % mean error against 6.3 % …)" */
  readonly basis: string;
}

/** The latest origins of the backtest: each of the last six months forecasts the months up to the last value. */
const RECENT_ORIGINS = 6;
/** Fewest backtest errors a choice rests on. */
const MIN_ERRORS = 3;

const percent = (v: number): string => `${(100 * v).toFixed(v < 0.1 ? 1 : 0)} %`;

/** One backtest forecast: the history before `cut`, the months it forecasts and the reference it follows. */
interface Origin {
  readonly cut: number;
  readonly steps: number;
  readonly reference: SeasonalReference;
}

/**
 * The origins a reference is judged at. The recent ones (the last six months, forecasting up to the last value)
 * see only short horizons, which cannot show whether a seasonal shape is right. So a reference from outside the
 * history (the budget) is also judged a year back: its shape moved back one year, scaled to the run rate of the
 * history up to the same month last year, forecasts the months that followed, over the forecast's own horizon
 * and the same season. That rests on the premise of any seasonal reference, that the shape repeats yearly.
 * Last year's actuals cannot be judged that way (moved back a year they are the history itself).
 */
function originsOf(n: number, period: number, h: number, reference: SeasonalReference, external: boolean): Origin[] {
  const origins: Origin[] = [];
  for (let cut = Math.max(1, n - RECENT_ORIGINS); cut < n; cut++) origins.push({ cut, steps: n - cut, reference });
  if (external && n - period >= 3) {
    const shifted = { name: reference.name, values: reference.values.slice(period) };
    origins.push({ cut: n - period, steps: Math.min(h, period), reference: shifted });
  }
  return origins;
}

/**
 * Chooses between the statistical forecast and forecasts that follow a reference's shape (the budget's, last
 * year's) by a rolling-origin backtest (Tashman 2000). Each reference is compared with the statistical forecast
 * on the origins where it can forecast ({@link originsOf}); the reference whose mean absolute error is the
 * smallest share of the statistical one wins, if that share is below 1. Returns null when the statistical
 * forecast wins or there is too little to judge on. The winner's intervals come from its backtest errors, the
 * only variance such a forecast has.
 * @param references - shapes from outside the history (aligned with y, then the h months forecast)
 * @param lastYear - last year's actuals as a reference, or null
 * @param statistical - the statistical forecast of `k` months after a shorter history, null when it fails
 */
export function chooseReference(
  y: readonly number[],
  period: number,
  h: number,
  references: readonly SeasonalReference[],
  lastYear: SeasonalReference | null,
  statistical: (train: number[], k: number) => number[] | null,
): ReferenceChoice | null {
  const n = y.length;
  const cache = new Map<string, number[] | null>();
  const statAt = (cut: number, steps: number): number[] | null => {
    const key = `${cut}:${steps}`;
    if (!cache.has(key)) cache.set(key, statistical(y.slice(0, cut), steps));
    return cache.get(key) ?? null;
  };
  const candidates = [
    ...references.map((reference) => ({ reference, external: true })),
    ...(lastYear === null ? [] : [{ reference: lastYear, external: false }]),
  ].filter(({ reference }) => referenceForecast(y, reference, h) !== null);
  let best: {
    reference: SeasonalReference;
    ratio: number;
    ours: number;
    theirs: number;
    rms: number;
    longest: number;
  } | null = null;
  for (const { reference, external } of candidates) {
    let ours = 0;
    let theirs = 0;
    let squared = 0;
    let scale = 0;
    let errors = 0;
    let longest = 0;
    for (const origin of originsOf(n, period, h, reference, external)) {
      const train = y.slice(0, origin.cut);
      const f = referenceForecast(train, origin.reference, origin.steps);
      // The statistical forecast is the costly one: only where the reference can be judged too.
      const s = f === null ? null : statAt(origin.cut, origin.steps);
      if (f === null || s === null) continue;
      for (let step = 0; step < origin.steps; step++) {
        const actual = y[origin.cut + step];
        ours += Math.abs(actual - f.mean[step]);
        theirs += Math.abs(actual - s[step]);
        squared += (actual - f.mean[step]) ** 2;
        scale += Math.abs(actual);
        errors += 1;
        longest = Math.max(longest, step + 1);
      }
    }
    if (errors < MIN_ERRORS || !(theirs > 0)) continue;
    const ratio = ours / theirs;
    if (ratio < 1 && (best === null || ratio < best.ratio)) {
      best = {
        reference,
        ratio,
        ours: ours / scale,
        theirs: theirs / scale,
        rms: Math.sqrt(squared / errors),
        longest,
      };
    }
  }
  if (best === null) return null;
  const { reference, rms, longest } = best;
  const fc = referenceForecast(y, reference, h) as NonNullable<ReturnType<typeof referenceForecast>>;
  // Pooled over steps: a handful of origins gives too few errors to tell one step's spread from the next.
  const sd = fc.mean.map((_, i) => rms * Math.sqrt(Math.max(1, (i + 1) / longest)));
  return {
    mean: fc.mean,
    sd,
    method: `Seasonal shape of ${reference.name}`,
    basis:
      `follows ${reference.name}'s seasonal shape at ${percent(fc.level)} of its level ` +
      `(backtest: ${percent(best.ours)} mean error against ${percent(best.theirs)} for the statistical forecast)`,
  };
}
