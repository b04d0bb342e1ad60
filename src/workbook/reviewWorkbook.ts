import { type Grid, type Review, reviewGrids, type ReviewRequest, type Settings, storedSettings } from '../engine';
import type { WorkbookPort } from './WorkbookPort';

/** A review of a workbook behind a port, with what it was read from and under. */
export interface WorkbookReview extends Review {
  readonly grids: Grid[];
  readonly settings: Settings;
  /** Why the saved settings were set aside for the defaults, or null when they were used (or there were none). */
  readonly settingsProblem: string | null;
}

/**
 * Reads the saved settings and the grids through `port` and reviews them with the engine's `reviewGrids`: the
 * command line's half of the one review path (the pane's worker calls `reviewGrids` on the grids it was sent).
 */
export async function reviewWorkbook(port: WorkbookPort, request: ReviewRequest = {}): Promise<WorkbookReview> {
  const parsed = storedSettings(await port.loadSettings());
  const grids = await port.readGrids();
  // Added to the review rather than spread into a copy, which would make the fingerprints and context that only a
  // pack needs (the review makes them on first use).
  return Object.assign(reviewGrids(grids, parsed.settings, request), {
    grids,
    settings: parsed.settings,
    settingsProblem: parsed.ok ? null : parsed.message,
  });
}
