import type { Diagnostic } from '../diagnostics';
import type { SwotRecord } from '../read/datasets';
import type { SwotResult } from '../results/AnalysisResult';
import { ieCell, strategyFor } from './ieMatrix';
import { ifeEfe } from './ifeEfe';
import { suggestFactors, type SwotEvidence } from './suggestFactors';
import { tows } from './tows';

export type { SwotEvidence } from './suggestFactors';
export { ieCell, strategyFor } from './ieMatrix';

/**
 * Quantitative SWOT by David's IFE/EFE method: the two weighted totals, the IE matrix cell and its strategy, the
 * TOWS pairings and factors suggested from the rest of the analysis.
 *
 * @returns swot null when the workbook has no SWOT table, or (with an error diagnostic) when one side of the
 * matrix has no rated factor, since the IE matrix needs both totals.
 */
export function scoreSwot(
  records: readonly SwotRecord[],
  evidence: SwotEvidence,
): { swot: SwotResult | null; diagnostics: Diagnostic[] } {
  if (records.length === 0) return { swot: null, diagnostics: [] };
  const scores = ifeEfe(records);
  const diagnostics = [...scores.diagnostics];
  if (scores.ife === null || scores.efe === null) {
    const missing = scores.ife === null ? 'strength or weakness' : 'opportunity or threat';
    const matrix = scores.ife === null ? 'IFE' : 'EFE';
    diagnostics.push({
      severity: 'error',
      sheet: records[0].source.sheet,
      cell: null,
      message: `The SWOT table has no rated ${missing}, so the ${matrix} total and the IE matrix cannot be worked out.`,
      code: 'swot-incomplete',
    });
    return { swot: null, diagnostics };
  }
  const cell = ieCell(scores.ife, scores.efe);
  return {
    swot: {
      ife: scores.ife,
      efe: scores.efe,
      ieCell: cell,
      strategy: strategyFor(cell),
      items: scores.items,
      tows: tows(scores.items),
      suggestions: suggestFactors(
        evidence,
        records.map((r) => r.factor),
      ),
    },
    diagnostics,
  };
}
