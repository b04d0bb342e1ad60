import type { Rollup, VarianceCell, VarianceLine } from '../../engine';

/** The time window the Variance page shows. */
export type VarianceWindow = 'month' | 'qtd' | 'ytd';

/** The windows the page offers, in reading order. */
export const VARIANCE_WINDOWS: readonly { readonly id: VarianceWindow; readonly label: string }[] = [
  { id: 'month', label: 'Month' },
  { id: 'qtd', label: 'Quarter to date' },
  { id: 'ytd', label: 'Year to date' },
];

/** One row of the lines table: a line with the cell of the chosen window. */
export interface VarianceRow {
  readonly line: VarianceLine;
  readonly cell: VarianceCell;
}

/**
 * The lines in the order a director reads them: material variances first, then unfavourable before favourable,
 * then the largest absolute variance; ties keep the workbook's order (Array.prototype.sort is stable).
 */
export function varianceRows(lines: readonly VarianceLine[], window: VarianceWindow): VarianceRow[] {
  return lines
    .map((line) => ({ line, cell: line[window] }))
    .sort(
      (a, b) =>
        Number(b.cell.material) - Number(a.cell.material) ||
        Number(a.cell.favourable) - Number(b.cell.favourable) ||
        Math.abs(b.cell.variance) - Math.abs(a.cell.variance),
    );
}

/** Roll-ups in reading order: the total, then by type, then departments. */
export function orderedRollups(rollups: readonly Rollup[]): Rollup[] {
  const rank = { total: 0, type: 1, department: 2 } as const;
  return [...rollups].sort((a, b) => rank[a.by] - rank[b.by]);
}
