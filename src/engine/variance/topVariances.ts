import type { VarianceLine } from '../results/AnalysisResult';

/** Line keys of the largest favourable and unfavourable YTD variances. */
export interface TopVariances {
  readonly favourable: string[];
  readonly unfavourable: string[];
}

/** Whether `a` ranks before `b`: the larger YTD variance in money, then the smaller key (keys are unique). */
function ranksBefore(a: VarianceLine, b: VarianceLine): boolean {
  const larger = Math.abs(a.ytd.variance) - Math.abs(b.ytd.variance);
  return larger > 0 || (larger === 0 && a.key < b.key);
}

/** Puts `line` into `top`, kept ranked and at most `count` long. */
function keep(top: VarianceLine[], line: VarianceLine, count: number): void {
  if (top.length === count && (count === 0 || !ranksBefore(line, top[count - 1]))) return;
  let at = top.length;
  while (at > 0 && ranksBefore(line, top[at - 1])) at -= 1;
  top.splice(at, 0, line);
  if (top.length > count) top.pop();
}

/**
 * The `count` largest YTD variances in money, each way; lines with no variance are in neither list.
 * Ties are broken by line key so the lists do not depend on reading order. One pass keeping each list's best
 * `count`, rather than sorting every line for ten of them.
 */
export function topVariances(lines: readonly VarianceLine[], count: number): TopVariances {
  const favourable: VarianceLine[] = [];
  const unfavourable: VarianceLine[] = [];
  for (const line of lines) {
    if (line.ytd.variance === 0) continue;
    keep(line.ytd.favourable ? favourable : unfavourable, line, count);
  }
  return { favourable: favourable.map((l) => l.key), unfavourable: unfavourable.map((l) => l.key) };
}
