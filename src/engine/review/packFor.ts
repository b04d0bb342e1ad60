import { buildPack } from '../pack/buildPack';
import type { Pack } from '../pack/Pack';
import { SETTINGS_VERSION, type Settings } from '../settings/Settings';
import type { ReviewFigures } from './Review';
import { swotEditsInForce, withSwotEdits } from './swotEditsInForce';

/** What the host adds to a pack: the moment it is generated (the engine never reads the clock). */
export interface PackRun {
  /** ISO 8601 with offset, e.g. "2026-07-03T09:15:00Z". */
  readonly generatedAt: string;
}

/**
 * The pack of a review under `settings`: the sheets, author and list lengths of its pack template, the SWOT edits it
 * holds (applied to the analysed SWOT, as the review does), and the review's sources and context. The pane passes the
 * settings it is about to save with the pack, the command line the ones the workbook holds, so a pack rebuilt from
 * the saved settings is the same pack.
 */
export function packFor(review: ReviewFigures, settings: Settings, run: PackRun): Pack {
  const { edits } = swotEditsInForce(review.analysedSwot, settings.swot);
  const template = settings.pack;
  return buildPack(withSwotEdits(review.result, review.analysedSwot, edits), {
    generatedAt: run.generatedAt,
    author: template.author,
    sources: [...review.sources],
    settingsVersion: SETTINGS_VERSION,
    sheets: [...template.sheets],
    topVariances: template.topVariances,
    forecastSeries: template.forecastSeries,
    ...review.context,
  });
}
