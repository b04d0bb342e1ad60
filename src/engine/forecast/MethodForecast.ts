/**
 * One method's forecast before intervals are drawn: the point forecast and its standard error at each step.
 * Every method returns this shape so that intervals and combinations are computed in one place.
 */
export interface MethodForecast {
  /** Human-readable model name, e.g. "ETS(M,Ad,M)" or "Theta". */
  readonly name: string;
  readonly mean: number[];
  /** Standard deviation of the forecast error at each step (normal approximation). */
  readonly sd: number[];
}
