/** Words and figures as the pack writes them in titles and sentences (tables keep raw numbers with formats). */

/** 12400 -> "+12,400", -3100 -> "-3,100" (comma grouping, no decimals: the pack's amounts are whole units). */
export function signedAmount(value: number): string {
  const rounded = Math.round(value);
  // Grouped by hand rather than with toLocaleString, whose output depends on the host's locale data.
  const body = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded > 0 ? '+' : rounded < 0 ? '-' : ''}${body}`;
}

/** 0.0412 -> "+4.1 %"; null -> "n/a" (no budget to compare with). */
export function signedPercent(fraction: number | null): string {
  if (fraction === null) return 'n/a';
  const value = Math.round(fraction * 1000) / 10;
  return `${value > 0 ? '+' : value < 0 ? '-' : ''}${Math.abs(value).toFixed(1)} %`;
}

/** "Favourable" or "Unfavourable": the words the favourable-flag conditional format colours. */
export function impactWord(favourable: boolean): string {
  return favourable ? 'Favourable' : 'Unfavourable';
}
