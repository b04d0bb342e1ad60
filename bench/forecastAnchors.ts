/** A published or measured figure our forecasts are compared with in the benchmark table. */
export interface Anchor {
  readonly name: string;
  readonly smape: number | null;
  readonly mase: number | null;
  readonly source: string;
}

/**
 * Anchors of the 714 M3 monthly series in shared/data/forecast/m3_monthly_dev.jsonl: statsforecast 2.1.1 run
 * beside our engine on the same splits (issue #17), the competition's own forecasts and R forecast 8.20 (that
 * folder's README).
 */
const monthlyDev: Anchor[] = [
  { name: 'SCUM median(AutoETS, AutoCES, AutoARIMA, DOTM)', smape: 13.258, mase: 0.809, source: 'statsforecast 2.1.1' },
  { name: 'mean(AutoETS, AutoTheta, AutoCES)', smape: null, mase: 0.818, source: 'statsforecast 2.1.1' },
  { name: 'DynamicOptimizedTheta', smape: 13.33, mase: 0.83, source: 'statsforecast 2.1.1' },
  { name: 'THETA (M3 winner)', smape: 13.6, mase: 0.842, source: 'M3 published forecasts' },
  { name: 'R forecast::thetaf', smape: 13.53, mase: 0.845, source: 'R forecast 8.20' },
  { name: 'R forecast::ets', smape: 13.88, mase: 0.859, source: 'R forecast 8.20' },
  { name: 'seasonal naive', smape: 16.63, mase: 1.1, source: 'R forecast 8.20' },
];

/**
 * Anchors of the quarterly stand-ins of the same 714 series (bench/quarterlyStandIns.ts), measured with R
 * forecast 8.20 on this machine by `nice -n 19 Rscript bench/forecastAnchors.R <file>`.
 */
const quarterlyDev: Anchor[] = [
  { name: 'R median(ets, auto.arima, thetaf), SCUM-like', smape: 10.812, mase: 0.8689, source: 'R forecast 8.20' },
  { name: 'R forecast::thetaf', smape: 10.896, mase: 0.8924, source: 'R forecast 8.20' },
  { name: 'R forecast::ets', smape: 11.345, mase: 0.8976, source: 'R forecast 8.20' },
  { name: 'R forecast::auto.arima', smape: 13.354, mase: 0.9679, source: 'R forecast 8.20' },
];

/** The anchors known for a data file and kind, by the file's name; none for other files. */
export function anchorsFor(file: string, kind: 'as given' | 'quarterly stand-ins'): Anchor[] {
  if (!file.endsWith('m3_monthly_dev.jsonl')) return [];
  return kind === 'as given' ? monthlyDev : quarterlyDev;
}
