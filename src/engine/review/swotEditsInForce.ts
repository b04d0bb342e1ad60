/**
 * Which SWOT edits hold for a review and how they change its result; apart from `reviewGrids` so the pane can build
 * a pack (`packFor`) without loading the reading and analysis code, which lives in its worker.
 */
import type { Diagnostic } from '../diagnostics';
import type { AnalysisResult, SwotResult } from '../results/AnalysisResult';
import { swotFromSettings } from '../settings/savedSwot';
import type { Settings } from '../settings/Settings';
import { applySwotEdits, editsFit, uneditedSwot, type SwotEdits } from '../swot/swotEdits';

/** The SWOT edits saved in `settings` when they fit `analysed`, else none, with a note when saved ones were set aside. */
export function swotEditsInForce(
  analysed: SwotResult | null,
  saved: Settings['swot'],
): { edits: SwotEdits; note: Diagnostic | null } {
  const edits = swotFromSettings(saved);
  if (edits !== null && editsFit(analysed, edits)) return { edits, note: null };
  const note: Diagnostic | null =
    analysed !== null && edits !== null && edits.factors.length > 0
      ? {
          severity: 'info',
          sheet: analysed.items[0]?.source?.sheet ?? 'SWOT',
          cell: null,
          message:
            'The SWOT weights and ratings saved in this workbook were made for other factors (the SWOT table has changed since), so the table’s own weights and ratings were used.',
          code: 'swot-edits-set-aside',
        }
      : null;
  return { edits: uneditedSwot(analysed), note };
}

/** `result` with the SWOT edits applied to the analysed SWOT (the analysis itself when there are none). */
export function withSwotEdits(result: AnalysisResult, analysed: SwotResult | null, edits: SwotEdits): AnalysisResult {
  if (analysed === null || edits.factors.length === 0) return { ...result, swot: analysed };
  return { ...result, swot: applySwotEdits(analysed, edits).swot };
}
