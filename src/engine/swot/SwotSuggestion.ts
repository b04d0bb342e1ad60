import type { z } from 'zod';
import type { SwotSuggestionSchema } from '../results/AnalysisResult';

/** A factor proposed from the workbook's own figures, for the user to accept or reject. */
export type SwotSuggestion = z.infer<typeof SwotSuggestionSchema>;

/** A suggestion with the size of its evidence, so the strongest of each category can be kept. */
export interface RankedSuggestion {
  readonly suggestion: SwotSuggestion;
  /**
   * The size of the evidence as a fraction of the target or budget it is measured against (0.1 = 10 % beyond or
   * short of it), so KPI and line suggestions rank together within a category.
   */
  readonly strength: number;
}
