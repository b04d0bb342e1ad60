/** A cell of the Internal-External (IE) matrix, I top-left to IX bottom-right. */
export type IeCell = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI' | 'VII' | 'VIII' | 'IX';

/** The nine cells as David draws them: row by row from high EFE, each row from strong IFE on the left. */
export const IE_CELLS: readonly IeCell[] = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

/** The three strategy prescriptions of the IE matrix (David, Strategic Management). */
export type IeStrategy = 'grow-and-build' | 'hold-and-maintain' | 'harvest-or-divest';

const CELLS: readonly IeCell[] = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

/**
 * A weighted total as the IFE/EFE method reports it: two decimals. Bands are applied to this rounded figure, so a
 * total the user sees as "2.00" is average even when the floating-point sum was 1.9999999999999998. Rounding goes
 * through 12 significant digits first so that 2.845 (stored as 2.84499999...) becomes 2.85, as on paper.
 */
export function roundScore(total: number): number {
  return Math.round(Number((total * 100).toPrecision(12))) / 100;
}

/** 0 for 3.00-4.00 (strong IFE / high EFE), 1 for 2.00-2.99, 2 for 1.00-1.99 (and anything lower). */
function band(total: number): 0 | 1 | 2 {
  const rounded = roundScore(total);
  if (rounded >= 3) return 0;
  if (rounded >= 2) return 1;
  return 2;
}

/**
 * The IE matrix cell for an IFE and an EFE total. IFE is the x axis (columns strong, average, weak from left to
 * right), EFE the y axis (rows high, medium, low from top to bottom): high EFE gives I II III, medium IV V VI,
 * low VII VIII IX. Totals are rounded with {@link roundScore} before banding.
 *
 * @throws Error when a total is not a finite number (a caller bug: totals come from {@link ifeEfe}).
 */
export function ieCell(ife: number, efe: number): IeCell {
  if (!Number.isFinite(ife) || !Number.isFinite(efe)) {
    throw new Error(`ieCell requires finite IFE and EFE totals, got ${ife} and ${efe}`);
  }
  return CELLS[band(efe) * 3 + band(ife)];
}

/** I, II, IV: grow and build; III, V, VII: hold and maintain; VI, VIII, IX: harvest or divest. */
export function strategyFor(cell: IeCell): IeStrategy {
  switch (cell) {
    case 'I':
    case 'II':
    case 'IV':
      return 'grow-and-build';
    case 'III':
    case 'V':
    case 'VII':
      return 'hold-and-maintain';
    case 'VI':
    case 'VIII':
    case 'IX':
      return 'harvest-or-divest';
  }
}
