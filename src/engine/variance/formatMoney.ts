const SCALES: readonly [number, string][] = [
  [1e3, 'k'],
  [1e6, 'm'],
  [1e9, 'bn'],
];

/**
 * Money as a director reads it in a sentence: "$950", "$120.4k", "$1.2m", "$3.0bn", with "-" or (when `signed`)
 * "+" in front. `currency` is the symbol the workbook's number formats use, or "" when they show none.
 */
export function formatMoney(value: number, currency: string, signed = false): string {
  const size = Math.abs(value);
  const whole = Math.round(size);
  const sign = whole === 0 ? '' : value < 0 ? '-' : signed ? '+' : '';
  if (whole < 1000) return `${sign}${currency}${whole}`;
  for (const [scale, suffix] of SCALES) {
    // Round before choosing the scale so 999,960 reads "$1.0m" rather than "$1000.0k".
    const scaled = Math.round((size / scale) * 10) / 10;
    if (scaled < 1000 || suffix === 'bn') return `${sign}${currency}${scaled.toFixed(1)}${suffix}`;
  }
  return `${sign}${currency}${whole}`;
}

/** A fraction as a percentage with one decimal and a space before the sign, as in "4.2 %"; the magnitude only. */
export function formatPercent(fraction: number): string {
  return `${(Math.abs(fraction) * 100).toFixed(1)} %`;
}
