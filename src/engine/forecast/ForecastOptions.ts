/** What to forecast and how: the options of {@link forecast} and {@link backtest}. */
export interface ForecastOptions {
  /** Periods per year: 12, 4 or 1. */
  period: number;
  /** Horizon: number of future periods. */
  h: number;
  /** @default 'auto' (the best combination) */
  method?: 'auto' | 'ets' | 'theta' | 'snaive';
}
