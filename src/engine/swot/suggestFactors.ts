import type { SwotCategory } from '../read/datasets';
import type { ForecastSeries, KpiResult, VarianceLine } from '../results/AnalysisResult';
import { suggestFromKpis } from './suggestFromKpis';
import { suggestFromLines } from './suggestFromLines';
import type { RankedSuggestion, SwotSuggestion } from './SwotSuggestion';

/** What the workbook's other analyses found, from which SWOT factors are suggested. */
export interface SwotEvidence {
  readonly kpis: readonly KpiResult[];
  readonly lines: readonly VarianceLine[];
  readonly forecasts: readonly ForecastSeries[];
}

/** Suggestions kept per category, strongest evidence first. */
export const SUGGESTIONS_PER_CATEGORY = 5;

const ORDER: readonly SwotCategory[] = ['S', 'W', 'O', 'T'];

/**
 * SWOT factors suggested from the workbook itself ({@link suggestFromKpis}, {@link suggestFromLines}), each with
 * its evidence in figures and the cells they came from, for the user to accept or reject. Factors the user's SWOT
 * table already names (same text, ignoring case) are not suggested again.
 */
export function suggestFactors(evidence: SwotEvidence, existing: readonly string[] = []): SwotSuggestion[] {
  const known = new Set(existing.map((f) => f.trim().toLowerCase()));
  const all: RankedSuggestion[] = [...suggestFromKpis(evidence.kpis), ...suggestFromLines(evidence.lines)].filter(
    (r) => !known.has(r.suggestion.factor.trim().toLowerCase()),
  );
  return ORDER.flatMap((category) =>
    all
      .filter((r) => r.suggestion.category === category)
      .sort((a, b) => b.strength - a.strength)
      .slice(0, SUGGESTIONS_PER_CATEGORY)
      .map((r) => r.suggestion),
  );
}
