/** Words and figures as the pack writes them in titles and sentences (tables keep raw numbers with formats). */
import { shortPeriodLabel } from '../period/periodLabel';

/** 12400 -> "+12,400", -3100 -> "-3,100" (comma grouping, no decimals: the pack's amounts are whole units). */
export function signedAmount(value: number): string {
  const rounded = Math.round(value);
  // Grouped by hand rather than with toLocaleString, whose output depends on the host's locale data.
  const body = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded > 0 ? '+' : rounded < 0 ? '-' : ''}${body}`;
}

/** 198000 -> "198,000": a count in a sentence or a label. */
export function countLabel(count: number): string {
  return signedAmount(count).replace(/^\+/, '');
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

/** The year-to-date window in words: "Jan–Jun 2026" (or "Apr 2025–Jan 2026" across calendar years). */
export function ytdLabel(result: {
  readonly period: string;
  readonly fiscalYear: { readonly periods: readonly string[] };
}): string {
  const first = result.fiscalYear.periods[0] ?? result.period;
  const [from, to] = [shortPeriodLabel(first), shortPeriodLabel(result.period)];
  if (first === result.period) return to;
  return first.slice(0, 4) === result.period.slice(0, 4) ? `${from.slice(0, 3)}–${to}` : `${from}–${to}`;
}

/** "2026-04-03T09:15:00.000Z" -> "3 Apr 2026 09:15 UTC": a timestamp no reader mistakes for a month. */
export function timestampLabel(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${shortPeriodLabel(`${match[1]}-${match[2]}`)} ${match[4]} UTC`;
}
