/** Reads back the values a layout puts in a range: what chart caches and tests need without a spreadsheet. */
import { parseA1, toA1 } from '../grid/address';
import type { LayoutValue, SheetLayout } from './SheetLayout';

function bounds(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const [from, to] = range.replace(/\$/g, '').split(':');
  const a = parseA1(from ?? '');
  const b = parseA1(to ?? from ?? '');
  if (!a || !b) return null;
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

/** The value the layout writes at one A1 cell, or null when it writes nothing there. */
export function layoutValueAt(layout: SheetLayout, address: string): LayoutValue {
  const at = bounds(address);
  if (!at) return null;
  for (const block of layout.cells) {
    const b = bounds(block.range);
    if (!b || at.top < b.top || at.top > b.bottom || at.left < b.left || at.left > b.right) continue;
    return block.values[at.top - b.top]?.[at.left - b.left] ?? null;
  }
  return null;
}

/** The values of a one-column or one-row range ("$B$5:$B$16"), in order. */
export function layoutRangeValues(layout: SheetLayout, range: string): LayoutValue[] {
  const b = bounds(range);
  if (!b) return [];
  const values: LayoutValue[] = [];
  for (let row = b.top; row <= b.bottom; row += 1) {
    for (let column = b.left; column <= b.right; column += 1) {
      values.push(layoutValueAt(layout, toA1({ row, column })));
    }
  }
  return values;
}
