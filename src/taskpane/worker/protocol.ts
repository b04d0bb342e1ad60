import type { Grid } from '../../engine/grid/Grid';
import type { MonthlyTotal } from '../../engine/pack/PackOptions';
import type { SourceFingerprint } from '../../engine/pack/Pack';
import type { AnalysisResult } from '../../engine/results/AnalysisResult';
import type { DataSummary } from '../pages/dataChoices';
import type { BudgetPoint } from './forecastBudgets';

/** What the pane asks the analysis worker: read these grids and analyse them. */
export interface AnalysisRequest {
  readonly grids: readonly Grid[];
  /** The saved or confirmed mapping (validated by the reader; an invalid one becomes a diagnostic). */
  readonly mapping: unknown;
  /** The month to review; null = the last month with actuals. */
  readonly period: string | null;
  /** Materiality: a fraction of budget and an amount, both to be met (the settings' thresholds). */
  readonly threshold: number;
  readonly absoluteThreshold: number;
  readonly topCount: number;
  /** Ids of the tables chosen in the settings; empty = every detected table. */
  readonly tables: readonly string[];
}

/** Everything the pane needs from one analysis: the Data page, the results pages and the pack's run log. */
export interface AnalysisOutcome {
  readonly summary: DataSummary;
  readonly result: AnalysisResult;
  readonly sources: readonly SourceFingerprint[];
  readonly monthly: readonly MonthlyTotal[];
  /** Who the workbook is about, its currency and how many tables were read, for the pack's title blocks. */
  readonly company: string | null;
  readonly currency: string | null;
  readonly sourceTables: number;
  /** Each forecast's monthly budget by its key, for the forecast chart's budget line. */
  readonly budgets: Readonly<Record<string, readonly BudgetPoint[]>>;
}

/** How far the work is, said in words for the progress bar and its live region. */
export interface AnalysisProgress {
  readonly label: string;
  /** 0..1 */
  readonly fraction: number;
}

/** Messages from the pane to the worker. */
export type ToWorker = { readonly id: number; readonly request: AnalysisRequest };

/** Messages from the worker to the pane. */
export type FromWorker =
  | { readonly id: number; readonly kind: 'progress'; readonly progress: AnalysisProgress }
  | { readonly id: number; readonly kind: 'done'; readonly outcome: AnalysisOutcome }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };
