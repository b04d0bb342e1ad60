/**
 * The seasonality test of R's `thetaf()` and of the M4 benchmarks (Makridakis et al. 2018): the autocorrelation
 * at lag m is significant at 90 % (one-sided) against Bartlett's standard error
 * sqrt((1 + 2·Σ_{k<m} r_k²) / n). Needs more than two full seasons; a constant series is not seasonal.
 */
export function seasonalityTest(y: readonly number[], period: number): boolean {
  const n = y.length;
  if (period < 2 || n <= 2 * period) return false;
  const mean = y.reduce((a, b) => a + b, 0) / n;
  let denom = 0;
  for (const v of y) denom += (v - mean) ** 2;
  if (!(denom > 0)) return false;
  const acf = (k: number): number => {
    let s = 0;
    for (let t = 0; t + k < n; t++) s += (y[t] - mean) * (y[t + k] - mean);
    return s / denom;
  };
  let sumSq = 0;
  for (let k = 1; k < period; k++) sumSq += acf(k) ** 2;
  const limit = 1.6448536269514722 * Math.sqrt((1 + 2 * sumSq) / n);
  return Math.abs(acf(period)) > limit;
}
