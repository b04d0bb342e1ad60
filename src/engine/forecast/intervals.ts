import type { MethodForecast } from './MethodForecast';
import { normalQuantile } from './normalQuantile';

/** 80 % and 95 % prediction bounds of a forecast. */
export interface PredictionIntervals {
  lower80: number[];
  upper80: number[];
  lower95: number[];
  upper95: number[];
}

const z80 = normalQuantile(0.9);
const z95 = normalQuantile(0.975);

/**
 * Normal prediction intervals mean ± z·sd. A non-finite standard error (an exploding model) is clamped to the
 * largest finite spread seen so far, so the output never carries NaN or Infinity.
 */
export function intervals(f: MethodForecast): PredictionIntervals {
  const out: PredictionIntervals = { lower80: [], upper80: [], lower95: [], upper95: [] };
  let lastSd = 0;
  f.mean.forEach((m, i) => {
    const sd = Number.isFinite(f.sd[i]) && f.sd[i] >= 0 ? f.sd[i] : lastSd;
    lastSd = sd;
    out.lower80.push(m - z80 * sd);
    out.upper80.push(m + z80 * sd);
    out.lower95.push(m - z95 * sd);
    out.upper95.push(m + z95 * sd);
  });
  return out;
}
