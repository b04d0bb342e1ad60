import type { BenchSeries } from './loadSeries';

/** Sums consecutive triples: three months to a quarter. */
function quarters(values: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 2 < values.length; i += 3) out.push(values[i] + values[i + 1] + values[i + 2]);
  return out;
}

/**
 * Quarterly stand-ins for monthly series (the shared data has no quarterly series): the first (length mod 3)
 * months of history are dropped so that the history ends on a quarter's last month, then each three months of
 * history and of test are summed. An 18-month test becomes a 6-quarter horizon. Quarters are counted from the
 * end of the history, not from January: the seasonal models only need the same four positions every year, which
 * twelve months divided into threes guarantee. `bench/forecastAnchors.R` builds the same series for R.
 */
export function quarterlyStandIns(series: readonly BenchSeries[]): BenchSeries[] {
  return series
    .filter((s) => s.frequency === 12)
    .map((s) => ({
      ...s,
      id: `${s.id} (quarterly)`,
      frequency: 4,
      train: quarters(s.train.slice(s.train.length % 3)),
      test: quarters(s.test),
    }));
}
