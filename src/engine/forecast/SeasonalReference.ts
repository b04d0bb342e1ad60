/**
 * A monthly shape from outside the history, for a history too short to show its own seasonality: the budget's
 * months, say. `values` is aligned with the history passed to {@link forecast} and runs on through the horizon
 * (length = history length + h); null where the reference has no figure.
 */
export interface SeasonalReference {
  /** How sentences name it, with its article: "the budget" ("follows the budget's seasonal shape"). */
  readonly name: string;
  readonly values: readonly (number | null)[];
}
