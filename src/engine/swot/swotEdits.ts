/**
 * The user's changes to a SWOT (weights, ratings, suggestions accepted or dismissed) and how they are applied. The
 * pane applies them live while the user edits; the review applies the ones saved in the workbook, so `ops-review
 * pack` and the pane build the same SWOT from the same workbook. Both go through {@link scoreFactors}, the scoring
 * of the first analysis, so IFE, EFE, IE cell and TOWS always come from the same factors.
 */
import type { Diagnostic } from '../diagnostics';
import type { SourceRef, SwotRecord } from '../read/datasets';
import type { SwotResult } from '../results/AnalysisResult';
import { scoreFactors } from './scoreSwot';
import { tows } from './tows';

/** A factor as the user edits it. */
export interface EditableFactor {
  readonly factor: string;
  readonly category: SwotRecord['category'];
  readonly weight: number | null;
  readonly rating: number | null;
  readonly source: SourceRef;
}

/** What the user changed on the SWOT: every factor in page order, and the suggestions added or dismissed. */
export interface SwotEdits {
  readonly factors: readonly EditableFactor[];
  /** {@link suggestionKey} of suggestions added or dismissed, so they are not offered again. */
  readonly decided: readonly string[];
}

/** How a suggestion is remembered once decided: "category:factor". */
export function suggestionKey(suggestion: { readonly category: string; readonly factor: string }): string {
  return `${suggestion.category}:${suggestion.factor}`;
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

/** The analysed SWOT as edits that change nothing. */
export function uneditedSwot(swot: SwotResult | null): SwotEdits {
  return { factors: swot ? editableFactors(swot) : [], decided: [] };
}

/**
 * Whether `edits` were made to this SWOT: they start with the workbook's own factors, in order (accepted suggestions
 * follow them). Edits made to other factors (the SWOT table was changed since) would rate the wrong things.
 */
export function editsFit(swot: SwotResult | null, edits: SwotEdits | null): boolean {
  if (swot === null || edits === null || edits.factors.length === 0) return false;
  const own = swot.items;
  return own.length <= edits.factors.length && own.every((item, i) => edits.factors[i]?.factor === item.factor);
}

/** A SWOT re-scored from edited factors; a total is null while its matrix has no rated factor. */
export interface EditedSwot {
  /** The SWOT with the edits applied; a matrix left without rated factors keeps the analysed totals and IE cell. */
  readonly swot: SwotResult;
  readonly ife: number | null;
  readonly efe: number | null;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Re-scores `edits` exactly as the analysis scores a SWOT table (weights normalised per matrix, ratings kept to their
 * category's range, TOWS from the weights), and leaves decided suggestions out of the list still on offer.
 */
export function applySwotEdits(analysed: SwotResult, edits: SwotEdits): EditedSwot {
  const records: SwotRecord[] = edits.factors.map((f) => ({ ...f, owner: null, notes: null }));
  const scored = scoreFactors(records);
  const decided = new Set(edits.decided);
  const suggestions = analysed.suggestions.filter((s) => !decided.has(suggestionKey(s)));
  const swot = scored.swot ?? { ...analysed, items: scored.items, tows: tows(scored.items) };
  return {
    swot: { ...swot, suggestions },
    ife: scored.ife,
    efe: scored.efe,
    diagnostics: scored.diagnostics.filter((d) => d.code !== 'swot-incomplete'),
  };
}
