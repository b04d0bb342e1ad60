/**
 * What a host asks for on top of the workbook's saved settings: command-line options, or the pane's choices. Every
 * field left out falls back to the saved settings, then to the engine's defaults.
 */
export interface ReviewRequest {
  /** The month to review, "YYYY-MM"; null or absent: the last month with actuals. */
  readonly period?: string | null;
  /** Materiality as a fraction of budget, over the saved threshold. */
  readonly threshold?: number;
  /** Materiality in currency units, over the saved one. */
  readonly absoluteThreshold?: number;
  /** Compare like for like around unreadable cells. @default true */
  readonly likeForLike?: boolean;
  /** The month the fiscal year starts (1 = January), over the saved mapping's and the inferred one. */
  readonly fiscalYearStartMonth?: number;
}
