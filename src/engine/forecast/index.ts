// Public surface of the forecasting engine: other modules import from here, not from the files behind it.
export type { ForecastOptions } from './ForecastOptions';
export type { SeasonalReference } from './SeasonalReference';
export { forecast, type ForecastOutput, type ForecastResult } from './forecast';
export { seasonalIndices } from './seasonalIndices';
export { backtest, type BacktestResult } from './backtest';
