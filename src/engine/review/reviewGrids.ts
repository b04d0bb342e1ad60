import { analyze } from '../analyze/analyze';
import type { Grid } from '../grid/Grid';
import { fingerprintGrid } from '../pack/fingerprint';
import type { SourceFingerprint } from '../pack/Pack';
import { type PackContext, packContext } from '../pack/packContext';
import { lineKeyOfRun } from '../variance/groupLines';
import { readWorkbook } from '../read/readWorkbook';
import type { Settings } from '../settings/Settings';
import { detectCurrency } from '../variance/detectCurrency';
import type { Review } from './Review';
import type { ReviewRequest } from './ReviewRequest';
import { swotEditsInForce, withSwotEdits } from './swotEditsInForce';

/** How far a review is, in words for a progress bar: `fraction` runs from 0 to 1. */
export interface ReviewProgress {
  readonly label: string;
  readonly fraction: number;
}

/**
 * The one review of a workbook's grids, whichever host holds the workbook: the saved settings (chosen tables,
 * mapping, thresholds, list lengths, SWOT edits) are applied, then the request's own choices; the currency is taken
 * from the workbook's number formats. `ops-review analyze` and `pack`, the pane's worker, the benchmarks and the tests
 * all call this, so they agree on the same file. Pure and synchronous; workbook data never makes it throw.
 * `onProgress` hears of each stage (reading, analysing, preparing), for hosts that show progress.
 */
export function reviewGrids(
  grids: readonly Grid[],
  settings: Settings,
  request: ReviewRequest = {},
  onProgress?: (progress: ReviewProgress) => void,
): Review {
  const { thresholds, mapping, pack, tables } = settings;
  // One pass over every cell's number format, shared by the analysis' sentences and the pack's title block.
  const currency = detectCurrency(grids);
  onProgress?.({ label: `Reading ${grids.length} ranges`, fraction: 0.05 });
  const read = readWorkbook(grids, {
    tables,
    ...(mapping === null ? {} : { mapping }),
    ...(request.fiscalYearStartMonth === undefined ? {} : { fiscalYearStartMonth: request.fiscalYearStartMonth }),
  });
  if (onProgress) {
    // Counted for the progress label only: a command line run, which shows none, does not pay for it.
    const lines = new Set<string>();
    const keyOf = lineKeyOfRun();
    for (const fact of read.facts) lines.add(keyOf(fact));
    onProgress({ label: `Analysing ${lines.size} lines and forecasting`, fraction: 0.35 });
  }
  const analysed = analyze(read, {
    ...thresholds,
    topCount: pack.topVariances,
    currency,
    ...(request.period === undefined || request.period === null ? {} : { period: request.period }),
    ...(request.threshold === undefined ? {} : { threshold: request.threshold }),
    ...(request.absoluteThreshold === undefined ? {} : { absoluteThreshold: request.absoluteThreshold }),
    ...(request.likeForLike === undefined ? {} : { likeForLike: request.likeForLike }),
  });
  onProgress?.({ label: 'Preparing the results', fraction: 0.95 });
  const inForce = swotEditsInForce(analysed.swot, settings.swot);
  const edited = withSwotEdits(analysed, analysed.swot, inForce.edits);
  let sources: SourceFingerprint[] | undefined;
  let context: PackContext | undefined;
  return {
    read,
    result: inForce.note ? { ...edited, diagnostics: [...edited.diagnostics, inForce.note] } : edited,
    analysedSwot: analysed.swot,
    swotEdits: inForce.edits,
    // Made on first use, once: only a pack needs them, and hashing every cell of 5,000 lines x 2 sheets and reading
    // the titles costs `analyze`, which prints neither, about 70 ms (bench/scale.ts). Enumerable, so a spread or a
    // copy across threads still carries them.
    get sources() {
      return (sources ??= grids.map(fingerprintGrid));
    },
    get context() {
      return (context ??= packContext(read, grids, analysed, currency));
    },
  };
}
