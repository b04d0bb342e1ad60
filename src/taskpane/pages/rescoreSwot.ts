import type { Diagnostic } from '../../engine/diagnostics';
import type { SwotRecord } from '../../engine/read/datasets';
import type { SwotResult } from '../../engine/results/AnalysisResult';
import { ieCell, strategyFor } from '../../engine/swot/ieMatrix';
import { ifeEfe } from '../../engine/swot/ifeEfe';

/** A factor as the user edits it on the SWOT page. */
export interface EditableFactor {
  readonly factor: string;
  readonly category: SwotRecord['category'];
  readonly weight: number | null;
  readonly rating: number | null;
  readonly source: SwotRecord['source'];
}

/** The factors of an analysed SWOT, ready to edit. */
export function editableFactors(swot: SwotResult): EditableFactor[] {
  return swot.items.map((item) => ({
    factor: item.factor,
    category: item.category,
    weight: item.weight,
    rating: item.rating,
    // Factors added from a suggestion have no cell of their own; they point at the evidence.
    source: item.source ?? { sheet: 'SWOT', cell: 'A1' },
  }));
}

/** The SWOT re-scored from edited factors, with the engine's own method; null totals when a matrix has no factor. */
export interface RescoredSwot {
  readonly swot: SwotResult;
  readonly ife: number | null;
  readonly efe: number | null;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Re-scores edited factors exactly as the analysis does (weights normalised per matrix, ratings kept to their
 * category's range) so the live totals on the page match what the pack will show.
 */
export function rescoreSwot(base: SwotResult, factors: readonly EditableFactor[]): RescoredSwot {
  const records: SwotRecord[] = factors.map((f) => ({ ...f, owner: null, notes: null }));
  const scored = ifeEfe(records);
  const ife = scored.ife;
  const efe = scored.efe;
  const cell = ife !== null && efe !== null ? ieCell(ife, efe) : base.ieCell;
  return {
    swot: {
      ...base,
      items: scored.items,
      ife: ife ?? base.ife,
      efe: efe ?? base.efe,
      ieCell: cell,
      strategy: strategyFor(cell),
    },
    ife,
    efe,
    diagnostics: scored.diagnostics,
  };
}
