/**
 * What a protected sheet refuses, checked on the host at sync as Excel does: changing a locked cell's contents,
 * formatting cells, columns or rows unless the protection allows it, and changing which cells are locked.
 */
import { forExistingCells, type RangeTarget } from './cellAccess';
import { accessDenied } from './FakeExcelError';

/** Whether the rectangle holds a locked cell: a cell never written is locked, as every cell is by default. */
function holdsLockedCell(target: RangeTarget): boolean {
  let unlocked = 0;
  let locked = false;
  forExistingCells(target, (cell) => {
    if (cell.format.locked === false) unlocked += 1;
    else locked = true;
  });
  return locked || unlocked < target.rect.rows * target.rect.columns;
}

/** Values, formulas or a clear: refused on a protected sheet when any cell of the range is locked. */
export function assertContentsEditable(target: RangeTarget): void {
  if (target.sheet.protection !== null && holdsLockedCell(target))
    throw accessDenied(`a locked cell of the protected sheet "${target.sheet.name}"`);
}

/** A format change: refused on a protected sheet unless its options allow that kind of formatting. */
export function assertFormattable(target: RangeTarget, kind: 'allowFormatCells' | 'allowFormatColumns'): void {
  const protection = target.sheet.protection;
  if (protection !== null && protection[kind] !== true)
    throw accessDenied(`formatting on the protected sheet "${target.sheet.name}"`);
}

/** Locking or unlocking cells: never allowed while the sheet is protected. */
export function assertUnprotected(target: RangeTarget): void {
  if (target.sheet.protection !== null)
    throw accessDenied(`the lock of cells on the protected sheet "${target.sheet.name}"`);
}
