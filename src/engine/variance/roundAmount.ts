/** Powers of ten up to 1e22 are exact doubles, so dividing by them rounds correctly. */
const MAX_EXACT_POWER = 22;
const SIGNIFICANT = 12;
const ROUND_INTEGERS = 1e12;

/**
 * Rounds away binary floating-point noise (0.1 + 0.2 = 0.30000000000000004) to 12 significant digits, which keeps
 * every figure a workbook can hold while making sums, comparisons with thresholds and JSON output clean.
 * Negative zero becomes zero.
 */
export function roundAmount(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value === 0 ? 0 : value;
  // Whole amounts of at most 12 digits (most figures of a budget) are their own rounding: the scaled value below is
  // then an exact integer, so the general route returns `value` itself, after a logarithm and a power per figure.
  if (Number.isInteger(value) && value < ROUND_INTEGERS && value > -ROUND_INTEGERS) return value;
  const decimals = SIGNIFICANT - 1 - Math.floor(Math.log10(Math.abs(value)));
  // Same result as Number(value.toPrecision(12)) (an exact integer over an exact power of ten is the nearest
  // double to the decimal), several times faster; the string route covers the magnitudes where it is not exact.
  if (decimals < 0 || decimals > MAX_EXACT_POWER) return Number(value.toPrecision(SIGNIFICANT)) + 0;
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale + 0;
}
