/** One exponential smoothing model of the ETS taxonomy (Hyndman, Koehler, Ord & Snyder 2008, Table 2.1). */
export interface EtsSpec {
  readonly error: 'A' | 'M';
  /** N none, A additive, Ad additive damped. Multiplicative trends are left out: they explode on budget data. */
  readonly trend: 'N' | 'A' | 'Ad';
  readonly season: 'N' | 'A' | 'M';
}

/** "ETS(M,Ad,M)": the notation of R's forecast package. */
export function etsName(spec: EtsSpec): string {
  return `ETS(${spec.error},${spec.trend},${spec.season})`;
}

/** Smoothing parameters; beta and phi are unused without a trend (phi is 1 for an undamped trend). */
export interface EtsParameters {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  readonly phi: number;
}

/** The state: level, trend and the seasonal effects, seasons[k] applying to periods t with t mod m = k. */
export interface EtsState {
  readonly level: number;
  readonly trend: number;
  readonly seasons: readonly number[];
}
