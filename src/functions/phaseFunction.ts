import { type ObjectiveRecord, phase, phasingDecimals, phasingProfile } from '../engine';
import { amountOf, asVector, describe, isOmitted, numberArg, type Vector } from './cells';
import { fail, type Cell } from './FunctionFailure';

const FN = 'OPSREVIEW.PHASE';

function numbers(vector: Vector, name: string, blanks: boolean): (number | null)[] {
  return vector.cells.map((cell) => {
    const value = amountOf(cell);
    if (value === 'invalid' || (value === null && !blanks)) {
      fail('#VALUE!', `${FN}: every cell of ${name} must be a number, got ${describe(cell)}.`);
    }
    return value;
  });
}

/** The objective the engine's phasing reads, built from the arguments instead of an objectives table row. */
function objective(
  annualTarget: number,
  profile: unknown,
  reference: unknown,
): { record: ObjectiveRecord; horizontal: boolean; series: (number | null)[] | null } {
  const base = {
    name: 'annualTarget',
    annualTarget,
    unit: null,
    owner: null,
    actuals: [],
    source: { sheet: '', cell: 'annualTarget' },
  };
  const word = typeof profile === 'string' ? profile.trim().toLowerCase() : null;
  if (word === 'even')
    return { record: { ...base, phasing: 'even', reference: null, profile: null }, horizontal: false, series: null };
  if (word === 'seasonal') {
    if (isOmitted(reference)) fail('#VALUE!', `${FN}: seasonal phasing needs a reference range of monthly history.`);
    const vector = asVector(reference, FN, 'reference');
    const series = numbers(vector, 'reference', true);
    return {
      record: { ...base, phasing: 'seasonal', reference: 'reference', profile: null },
      horizontal: vector.horizontal,
      series,
    };
  }
  if (word !== null)
    fail(
      '#VALUE!',
      `${FN}: profile must be "even", "seasonal" or a range of 12 or 4 weights, got "${profile as string}".`,
    );
  const vector = asVector(profile, FN, 'profile');
  const weights = numbers(vector, 'profile', false) as number[];
  return {
    record: { ...base, phasing: 'custom', reference: null, profile: weights },
    horizontal: vector.horizontal,
    series: null,
  };
}

/**
 * OPSREVIEW.PHASE: an annual target spread over the year by the engine's goal phasing, rounded so the periods add up
 * exactly to the target (largest remainder, to the target's own decimals and at least 2):
 * - "even": twelve equal months;
 * - a range of 12 (monthly) or 4 (quarterly) weights: in proportion to them (a row of last year's actuals works);
 * - "seasonal" with `reference`, a monthly history starting at a first fiscal month: by its seasonal indices (two
 *   full years or more), or like its last full year (one).
 * A profile the engine would replace by even phasing (negative weights, no full year of positive history) is an
 * error here, saying why, rather than a silent change of method.
 */
export function phaseFunction(annualTarget: unknown, profile: unknown, reference: unknown): Cell[][] {
  const target = numberArg(annualTarget, FN, 'annualTarget', { min: -1e15, max: 1e15 });
  const plain = Array.isArray(profile) && profile.length === 1 && profile[0].length === 1 ? profile[0][0] : profile;
  const { record, horizontal, series } = objective(target, plain, reference);
  const chosen = phasingProfile(record, () => series);
  const fallback = chosen.diagnostics.find((d) => d.severity === 'warning');
  if (fallback !== undefined) {
    const why = /because (.*)\.$/.exec(fallback.message)?.[1] ?? fallback.message;
    fail('#VALUE!', `${FN}: cannot phase as asked: ${why.replace(/"annualTarget"/g, 'the target')}.`);
  }
  const targets = phase(target, chosen.weights, phasingDecimals(target)).map((p) => p.target);
  return horizontal ? [targets] : targets.map((t) => [t]);
}
