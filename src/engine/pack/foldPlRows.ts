/**
 * Folds a P&L too long to review into one a reader can: the lines with the largest variances stay, in source order,
 * and the rest of each run of lines (the lines between two headings, subtotals or derived rows) becomes one
 * "Other lines (n)" row holding their exact sums. Subtotals and derived rows are computed from every line
 * (`plRows`), so they do not change; the folded lines stay in the source sheets and in the analysis.
 */
import type { VarianceLine } from '../results/AnalysisResult';
import { countLabel } from './packText';
import { sumRow, type PlRow } from './plRows';

/** What ranking needs of a line or a department: its month and year-to-date variances. */
type Ranked = Pick<VarianceLine, 'month' | 'ytd'>;

/** Items ranked by the size of one variance, largest first; equal ones keep their order. */
function ranked(items: readonly Ranked[], window: 'month' | 'ytd'): number[] {
  const size = items.map((item) => Math.abs(item[window].variance));
  return items.map((_, i) => i).sort((a, b) => (size[b] ?? 0) - (size[a] ?? 0) || a - b);
}

/**
 * The indexes of the `cap` items with the largest ΔBU: the largest of the month and the largest of the year to date
 * taken in turn, so a month's surprise is not crowded out by the year's.
 */
export function largestVariances(items: readonly Ranked[], cap: number): Set<number> {
  const month = ranked(items, 'month');
  const ytd = ranked(items, 'ytd');
  const shown = new Set<number>();
  for (let i = 0; shown.size < Math.min(cap, items.length) && i < items.length; i += 1) {
    shown.add(month[i] ?? 0);
    if (shown.size < cap) shown.add(ytd[i] ?? 0);
  }
  return shown;
}

/**
 * The lines to show when there are more than `cap`: the `cap` with the largest variances (`largestVariances`), plus
 * every line whose key is in `always` (lines carrying a user's comment). Null when every line fits.
 */
export function linesToShow(
  lines: readonly VarianceLine[],
  cap: number,
  always: ReadonlySet<string>,
): Set<VarianceLine> | null {
  if (lines.length <= cap) return null;
  const shown = largestVariances(lines, cap);
  const result = new Set<VarianceLine>();
  lines.forEach((line, i) => {
    if (shown.has(i) || always.has(line.key)) result.add(line);
  });
  return result;
}

/** `rows` with the lines not in `show` folded into one "Other lines (n)" row at the end of their run. */
export function foldPlRows(rows: readonly PlRow[], show: ReadonlySet<VarianceLine>): { rows: PlRow[]; folded: number } {
  const out: PlRow[] = [];
  let run: VarianceLine[] = [];
  let folded = 0;
  const closeRun = (): void => {
    if (run.length === 0) return;
    out.push(sumRow('other', `Other lines (${countLabel(run.length)})`, run, false));
    folded += run.length;
    run = [];
  };
  for (const row of rows) {
    if (row.kind === 'line' && row.line) {
      if (!show.has(row.line)) run.push(row.line);
      else out.push(row);
    } else {
      closeRun();
      out.push(row);
    }
  }
  closeRun();
  return { rows: out, folded };
}
