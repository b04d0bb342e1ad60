import type { Diagnostic } from '../diagnostics';
import type { SwotRecord } from '../read/datasets';
import type { SwotResult } from '../results/AnalysisResult';
import { ieCell, strategyFor } from './ieMatrix';
import { ifeEfe, type IfeEfeScores } from './ifeEfe';
import { suggestFactors, type SwotEvidence } from './suggestFactors';
import { tows } from './tows';

export type { SwotEvidence } from './suggestFactors';
export { ieCell, strategyFor } from './ieMatrix';

/** A SWOT scored from its factors alone: everything of {@link SwotResult} but the suggestions. */
export type ScoredSwot = Omit<SwotResult, 'suggestions'>;

/** The scores of each matrix (a total is null when its matrix has no rated factor) and the SWOT when both exist. */
export interface ScoredFactors extends IfeEfeScores {
  readonly swot: ScoredSwot | null;
}

/**
 * The one scoring of SWOT factors, used by the first analysis and by every edit the user makes afterwards: David's
 * IFE and EFE totals, the IE matrix cell and its strategy, and the TOWS pairings. Null (with an error diagnostic)
 * when one side of the matrix has no rated factor, since the IE matrix needs both totals.
 */
export function scoreFactors(records: readonly SwotRecord[]): ScoredFactors {
  const scores = ifeEfe(records);
  const diagnostics = [...scores.diagnostics];
  if (scores.ife === null || scores.efe === null) {
    const missing = scores.ife === null ? 'strength or weakness' : 'opportunity or threat';
    const matrix = scores.ife === null ? 'IFE' : 'EFE';
    diagnostics.push({
      severity: 'error',
      sheet: records[0]?.source.sheet ?? '',
      cell: null,
      message: `The SWOT table has no rated ${missing}, so the ${matrix} total and the IE matrix cannot be worked out.`,
      code: 'swot-incomplete',
    });
    return { ...scores, swot: null, diagnostics };
  }
  const cell = ieCell(scores.ife, scores.efe);
  return {
    ...scores,
    swot: {
      ife: scores.ife,
      efe: scores.efe,
      ieCell: cell,
      strategy: strategyFor(cell),
      items: scores.items,
      tows: tows(scores.items),
    },
    diagnostics,
  };
}

/**
 * Quantitative SWOT by David's IFE/EFE method ({@link scoreFactors}) with factors suggested from the rest of the
 * analysis.
 *
 * @returns swot null when the workbook has no SWOT table, or (with an error diagnostic) when one side of the
 * matrix has no rated factor.
 */
export function scoreSwot(
  records: readonly SwotRecord[],
  evidence: SwotEvidence,
): { swot: SwotResult | null; diagnostics: Diagnostic[] } {
  if (records.length === 0) return { swot: null, diagnostics: [] };
  const scored = scoreFactors(records);
  if (scored.swot === null) return { swot: null, diagnostics: scored.diagnostics };
  return {
    swot: {
      ...scored.swot,
      suggestions: suggestFactors(
        evidence,
        records.map((r) => r.factor),
      ),
    },
    diagnostics: scored.diagnostics,
  };
}
