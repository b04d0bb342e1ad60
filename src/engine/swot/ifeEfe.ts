import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics';
import type { SwotRecord } from '../read/datasets';
import type { SwotItemSchema } from '../results/AnalysisResult';
import { roundScore } from './ieMatrix';
import { normaliseWeights } from './normaliseWeights';
import { categoryName, ratingRange } from './ratingRange';

export type SwotItem = z.infer<typeof SwotItemSchema>;

/** The scored factors and the two weighted totals (null when that matrix has no rated factor). */
export interface IfeEfeScores {
  readonly items: SwotItem[];
  /** Internal Factor Evaluation total over strengths and weaknesses, rounded to 2 decimals (1.00-4.00). */
  readonly ife: number | null;
  /** External Factor Evaluation total over opportunities and threats, rounded to 2 decimals (1.00-4.00). */
  readonly efe: number | null;
  readonly diagnostics: Diagnostic[];
}

/**
 * David's IFE and EFE matrices: within each, weights normalised to sum to 1, each factor's score = weight x rating,
 * and the total the sum of scores rounded to 2 decimals (as the method reports it). 2.50 is the average position.
 *
 * A factor with no rating is left out (there is nothing to score) and a rating outside its category's range
 * ({@link ratingRange}) is brought to the nearest allowed value, each with a diagnostic on the factor's row.
 */
export function ifeEfe(records: readonly SwotRecord[]): IfeEfeScores {
  const diagnostics: Diagnostic[] = [];
  const rated = records.flatMap((record) => {
    const rating = checkedRating(record, diagnostics);
    return rating === null ? [] : [{ record, rating }];
  });
  const items: SwotItem[] = [];
  const total = (categories: readonly string[], matrix: 'IFE' | 'EFE'): number | null => {
    const group = rated.filter(({ record }) => categories.includes(record.category));
    if (group.length === 0) return null;
    const { weights, diagnostics: found } = normaliseWeights(
      group.map(({ record }) => record),
      matrix,
    );
    diagnostics.push(...found);
    let sum = 0;
    group.forEach(({ record, rating }, i) => {
      const score = weights[i] * rating;
      sum += score;
      items.push({
        factor: record.factor,
        category: record.category,
        weight: weights[i],
        rating,
        score,
        source: record.source,
      });
    });
    return roundScore(sum);
  };
  const ife = total(['S', 'W'], 'IFE');
  const efe = total(['O', 'T'], 'EFE');
  return { items, ife, efe, diagnostics };
}

function checkedRating(record: SwotRecord, diagnostics: Diagnostic[]): number | null {
  const at = (message: string): void => {
    diagnostics.push({
      severity: 'warning',
      sheet: record.source.sheet,
      cell: record.source.cell,
      message,
      code: 'swot-rating',
    });
  };
  const { min, max } = ratingRange(record.category);
  const kind = categoryName(record.category);
  if (record.rating === null || !Number.isFinite(record.rating)) {
    at(`The ${kind} "${record.factor}" has no rating, so it is left out of the scores; rate it ${min} to ${max}.`);
    return null;
  }
  if (record.rating >= min && record.rating <= max) return record.rating;
  const used = Math.min(max, Math.max(min, record.rating));
  at(
    `The ${kind} "${record.factor}" is rated ${record.rating}, but ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} is rated ${min} to ${max}; ` +
      `it is scored as ${used}.`,
  );
  return used;
}
