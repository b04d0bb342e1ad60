/**
 * Rounds a figure to what a reader can use before it goes into a cell, so no cell holds float noise such as
 * 602026.9200000001 or 0.2727272727272727: amounts to the cent, fractions and ratios to four decimals (0.01 %).
 */
import type { ColumnKind } from './Pack';

/** `value` rounded for a cell of `kind`; non-finite values are returned as they are (callers blank them). */
export function tidyNumber(value: number, kind: ColumnKind): number {
  if (!Number.isFinite(value)) return value;
  const decimals = kind === 'currency' ? 2 : 4;
  return Number(value.toFixed(decimals)) + 0;
}
