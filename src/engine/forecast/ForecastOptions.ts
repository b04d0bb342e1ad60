import type { SeasonalReference } from './SeasonalReference';

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
  /**
   * Seasonal shapes from outside the history (the budget's months), for histories shorter than two seasons: they
   * and last year's actuals are backtested against the statistical forecast and the more accurate is used.
   * Without this option the forecast is statistical only. Ignored with two seasons of history or more.
   */
  references?: readonly SeasonalReference[];
}
