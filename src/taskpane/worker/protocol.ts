import type { Grid, ReviewFigures, ReviewProgress, ReviewRequest, Settings } from '../../engine';
import type { DataSummary } from '../pages/dataChoices';
import type { BudgetPoint } from './forecastBudgets';
import type { PackedLineSources } from './lineSources';

/** What the pane asks the analysis worker: review these grids under these settings (the engine's `reviewGrids`). */
export interface AnalysisRequest {
  readonly grids: readonly Grid[];
  /** The settings the review runs under: saved ones, with the pane's confirmed mapping and current SWOT edits. */
  readonly settings: Settings;
  readonly request: ReviewRequest;
}

/**
 * Everything the pane needs from one review: what the pack is built from (`packFor`), the Data page's summary and
 * the forecast chart's budget lines. The read workbook itself stays in the worker.
 */
export interface AnalysisOutcome extends ReviewFigures {
  readonly summary: DataSummary;
  /** Each forecast's monthly budget by its key, for the forecast chart's budget line. */
  readonly budgets: Readonly<Record<string, readonly BudgetPoint[]>>;
}

/** How far the work is, said in words for the progress bar and its live region. */
export type AnalysisProgress = ReviewProgress;

/** Messages from the pane to the worker. */
export type ToWorker = { readonly id: number; readonly request: AnalysisRequest };

/** Messages from the worker to the pane. */
export type FromWorker =
  | { readonly id: number; readonly kind: 'progress'; readonly progress: AnalysisProgress }
  | {
      readonly id: number;
      readonly kind: 'done';
      readonly outcome: AnalysisOutcome;
      /** The lines' source cells, packed for the copy (their `sources` are then empty in `outcome`). */
      readonly lineSources?: PackedLineSources;
    }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };
