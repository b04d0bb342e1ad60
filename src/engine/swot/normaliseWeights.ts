import type { Diagnostic } from '../diagnostics';
import type { SwotRecord } from '../read/datasets';

/** How far the user's weights may add up away from 1 before we say so (two-decimal weights rarely sum exactly). */
export const WEIGHT_SUM_TOLERANCE = 0.005;

/**
 * The weights of one matrix (IFE or EFE), scaled to sum to 1 as the method requires.
 *
 * Missing, negative or non-numeric weights are filled with the mean of the usable ones (equal weights when none is
 * usable), and a sum away from 1 is scaled, each with a diagnostic so the user knows the figures were adjusted.
 *
 * @param matrix - "IFE" or "EFE", for messages.
 * @returns one weight per record, in order, summing to 1 (empty for no records).
 */
export function normaliseWeights(
  records: readonly SwotRecord[],
  matrix: 'IFE' | 'EFE',
): { weights: number[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (records.length === 0) return { weights: [], diagnostics };
  const usable = (w: number | null): w is number => w !== null && Number.isFinite(w) && w >= 0;
  const given = records.flatMap((r) => (usable(r.weight) ? [r.weight] : []));
  const fill = given.length > 0 ? given.reduce((a, b) => a + b, 0) / given.length : 1;
  for (const r of records) {
    if (usable(r.weight)) continue;
    const what = r.weight === null ? 'has no weight' : `has a weight of ${r.weight}, which cannot be used`;
    diagnostics.push({
      severity: 'warning',
      sheet: r.source.sheet,
      cell: r.source.cell,
      message: `"${r.factor}" ${what}; it is given the average weight of the other ${matrix} factors.`,
      code: 'swot-weight',
    });
  }
  let raw = records.map((r) => (usable(r.weight) ? r.weight : fill));
  let sum = raw.reduce((a, b) => a + b, 0);
  if (sum === 0) {
    raw = records.map(() => 1);
    sum = records.length;
  }
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    const first = records[0].source;
    diagnostics.push({
      severity: 'warning',
      sheet: first.sheet,
      cell: null,
      message:
        `The ${matrix} weights add up to ${Number(sum.toPrecision(6))}, not 1.00; ` +
        'they are scaled in proportion so that they do.',
      code: 'swot-weight-sum',
    });
  }
  return { weights: raw.map((w) => w / sum), diagnostics };
}
