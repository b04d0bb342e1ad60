import { categoryName, ieCell, ifeEfe, ratingRange, strategyFor, type SwotCategory, type SwotRecord } from '../engine';
import { amountOf, asVector, choiceArg, describe, isOmitted, numberArg } from './cells';
import { fail, type Cell } from './FunctionFailure';

const IFE = 'OPSREVIEW.IFE';
const IECELL = 'OPSREVIEW.IECELL';
const CATEGORY_WORDS: Readonly<Record<string, SwotCategory>> = {
  s: 'S',
  strength: 'S',
  w: 'W',
  weakness: 'W',
  o: 'O',
  opportunity: 'O',
  t: 'T',
  threat: 'T',
};

/**
 * OPSREVIEW.IFE: David's weighted score of an IFE (or EFE) matrix, by the engine's rules: weights scaled to sum to
 * 1 (a missing weight takes the mean of the others), score = sum of weight x rating, rounded to 2 decimals.
 * A factor with no rating is left out. With `categories` (S/W/O/T or the words) each rating must lie in its
 * category's range (strengths 3-4, weaknesses 1-2, opportunities and threats 1-4); without, in 1-4. A rating out of
 * range is #NUM! (the pane would clamp it with a warning; a formula has nowhere to show the warning).
 */
export function ifeFunction(weights: unknown, ratings: unknown, categories: unknown): Cell {
  const w = asVector(weights, IFE, 'weights').cells;
  const r = asVector(ratings, IFE, 'ratings').cells;
  if (w.length !== r.length)
    fail('#VALUE!', `${IFE}: weights and ratings must be the same size (${w.length} and ${r.length}).`);
  const cats = isOmitted(categories) ? null : asVector(categories, IFE, 'categories').cells;
  if (cats !== null && cats.length !== r.length)
    fail('#VALUE!', `${IFE}: categories must be the same size as ratings.`);
  const records: SwotRecord[] = r.map((ratingCell, i) => {
    const rating = amountOf(ratingCell);
    const weight = amountOf(w[i]);
    if (rating === 'invalid') fail('#VALUE!', `${IFE}: rating ${i + 1} must be a number, got ${describe(ratingCell)}.`);
    if (weight === 'invalid') fail('#VALUE!', `${IFE}: weight ${i + 1} must be a number, got ${describe(w[i])}.`);
    const word = cats === null ? 'o' : typeof cats[i] === 'string' ? (cats[i] as string).trim().toLowerCase() : '';
    const category = CATEGORY_WORDS[word];
    if (category === undefined)
      fail('#VALUE!', `${IFE}: category ${i + 1} must be S, W, O or T, got ${describe(cats?.[i])}.`);
    const { min, max } = ratingRange(category);
    if (rating !== null && (rating < min || rating > max)) {
      const kind =
        cats === null
          ? 'a factor'
          : `${/^[aeiou]/.test(categoryName(category)) ? 'an' : 'a'} ${categoryName(category)}`;
      fail('#NUM!', `${IFE}: rating ${i + 1} is ${rating}, but ${kind} is rated ${min} to ${max}.`);
    }
    return {
      factor: `factor ${i + 1}`,
      category,
      weight,
      rating,
      owner: null,
      notes: null,
      source: { sheet: '', cell: `factor ${i + 1}` },
    };
  });
  const internal = records.some((x) => x.category === 'S' || x.category === 'W');
  const external = records.some((x) => x.category === 'O' || x.category === 'T');
  if (internal && external) {
    fail(
      '#VALUE!',
      `${IFE}: strengths and weaknesses (IFE) and opportunities and threats (EFE) are scored apart; give one matrix.`,
    );
  }
  const scores = ifeEfe(records);
  const total = scores.ife ?? scores.efe;
  if (total === null) fail('#N/A', `${IFE}: no factor has a rating.`);
  return total;
}

/**
 * OPSREVIEW.IECELL: the Internal-External matrix cell (I-IX) of an IFE and an EFE total, banded as the engine
 * bands them (totals rounded to 2 decimals; 3.00-4.00 strong/high, 2.00-2.99 average/medium, below 2 weak/low),
 * or with `show` = "strategy" David's prescription for that cell: grow-and-build, hold-and-maintain or
 * harvest-or-divest.
 */
export function ieCellFunction(ife: unknown, efe: unknown, show: unknown): Cell {
  const range = { min: 1, max: 4 };
  const cell = ieCell(numberArg(ife, IECELL, 'ife', range), numberArg(efe, IECELL, 'efe', range));
  const what = isOmitted(show) ? 'cell' : choiceArg(show, IECELL, 'show', ['cell', 'strategy'] as const);
  return what === 'cell' ? cell : strategyFor(cell);
}
