import type { VarianceLine } from '../results/AnalysisResult';

/** Line keys of the largest favourable and unfavourable YTD variances. */
export interface TopVariances {
  readonly favourable: string[];
  readonly unfavourable: string[];
}

/**
 * The `count` largest YTD variances in money, each way; lines with no variance are in neither list.
 * Ties are broken by line key so the lists do not depend on reading order.
 */
export function topVariances(lines: readonly VarianceLine[], count: number): TopVariances {
  const ranked = lines
    .filter((line) => line.ytd.variance !== 0)
    .sort(
      (a, b) => Math.abs(b.ytd.variance) - Math.abs(a.ytd.variance) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  const pick = (favourable: boolean): string[] =>
    ranked
      .filter((line) => line.ytd.favourable === favourable)
      .slice(0, count)
      .map((line) => line.key);
  return { favourable: pick(true), unfavourable: pick(false) };
}
