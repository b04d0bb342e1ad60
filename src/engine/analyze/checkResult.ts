import { type AnalysisResult, AnalysisResultSchema } from '../results/AnalysisResult';

/** Items kept from each end of a long list for the schema check. */
const ENDS = 100;

function ends<T>(items: readonly T[]): T[] {
  return items.length <= 2 * ENDS ? [...items] : [...items.slice(0, ENDS), ...items.slice(-ENDS)];
}

/**
 * The path to the first non-finite number in `value` ("variance.lines.41.ytd.variancePct"), innermost key first, or
 * null. The path is built only on the way back from a breach: naming every node on the way down (a string per number
 * of a 5,000-line result) cost more than the check itself.
 */
function nonFinite(value: unknown): (string | number)[] | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : [];
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      // Text, flags and nulls (most leaves: every cell reference is two strings) are passed over without a call.
      if (typeof item !== 'number' && (typeof item !== 'object' || item === null)) continue;
      const found = nonFinite(item);
      if (found === null) continue;
      found.push(i);
      return found;
    }
    return null;
  }
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (typeof item !== 'number' && (typeof item !== 'object' || item === null)) continue;
    const found = nonFinite(item);
    if (found === null) continue;
    found.push(key);
    return found;
  }
  return null;
}

/**
 * Checks a result against the published schema, which is our contract with the pane, the pack and `--json`: a
 * document that breaks it is our bug, caught here rather than downstream. The schema runs on the whole document with
 * its long lists (lines, sentence cells, diagnostics, left-out rows) cut to their first and last hundred items, since
 * every item of a list is made by the same code; every number of the whole document is checked to be finite, the one
 * rule whose breach depends on the figures. A full parse copied the document (200,000 lines: seconds and gigabytes).
 * @throws Error naming the first breach (a bug of ours)
 */
export function checkResult(result: AnalysisResult): AnalysisResult {
  const { variance } = result;
  AnalysisResultSchema.parse({
    ...result,
    variance: {
      ...variance,
      lines: ends(variance.lines),
      excludedRows: ends(variance.excludedRows),
      narrative: variance.narrative.map((s) => ({ ...s, lineKeys: ends(s.lineKeys), cells: ends(s.cells) })),
    },
    diagnostics: ends(result.diagnostics),
  });
  const path = nonFinite(result);
  if (path !== null) throw new Error(`checkResult: ${['result', ...path.reverse()].join('.')} is not a finite number`);
  return result;
}
