/** What to forecast and how: the options of {@link forecast} and {@link backtest}. */
export interface ForecastOptions {
  /** Periods per year: 12, 4 or 1. */
  period: number;
  /** Horizon: number of future periods. */
  h: number;
  /**
   * 'auto' is the combination of ETS, DOTM and CES; the others run one method alone: 'ets' (AICc-weighted
   * ETS), 'theta' (R `thetaf`), 'dotm' (dynamic optimised Theta), 'ces' (complex exponential smoothing) and
   * 'snaive' (seasonal naive).
   * @default 'auto'
   */
  method?: 'auto' | 'ets' | 'theta' | 'dotm' | 'ces' | 'snaive';
}
