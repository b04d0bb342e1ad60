/**
 * Number and period formatting for the pane, one place so every page shows figures the same way: whole currency
 * units with thousands separators, negatives with a minus sign, percentages with one decimal.
 */

import { shortPeriodLabel } from '../engine';

const amountFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const pctFormat = new Intl.NumberFormat('en-GB', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/**
 * "-0", "-0.0%" and "-$0.00" read as a loss where the figure shows none: a text whose digits are all zero loses its
 * minus sign (and, likewise, the "+" of a signed figure).
 */
function unsignedZero(text: string): string {
  return /[1-9]/.test(text) ? text : text.replace(/^([^\d]*)[-+−]/, '$1');
}

/** 12345.6 → "12,346"; -800 → "-800". */
export function formatAmount(value: number): string {
  return unsignedZero(amountFormat.format(value));
}

/** Like {@link formatAmount} with an explicit "+" on gains, as variance columns show it: "+1,200", "-800". */
export function formatSignedAmount(value: number): string {
  const text = formatAmount(value);
  return value > 0 && text !== '0' ? `+${text}` : text;
}

/** A fraction as a percentage, 0.042 → "4.2%"; null (e.g. variance against a zero budget) → "n/a". */
export function formatPct(fraction: number | null, signed = false): string {
  if (fraction === null) return 'n/a';
  const text = unsignedZero(pctFormat.format(fraction));
  return signed && fraction > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

const CURRENCIES: Record<string, string> = { $: '$', '£': '£', '€': '€', '¥': '¥', USD: '$', GBP: '£', EUR: '€' };

/** Units that name what is counted or scored rather than a unit to write after the number ("38", not "38 score"). */
const BARE = new Set(['', 'count', '#', 'no', 'no.', 'number', 'score', 'points', 'pts', 'index', 'rate', 'ratio']);

/** How a unit is written: where the symbol goes and how many decimals a value needs by default. */
interface UnitStyle {
  readonly kind: 'percent' | 'currency' | 'bare' | 'word';
  readonly symbol: string;
}

function unitStyle(unit: string | null): UnitStyle {
  const trimmed = unit?.trim() ?? '';
  if (trimmed === '%') return { kind: 'percent', symbol: '%' };
  const currency = CURRENCIES[trimmed] ?? CURRENCIES[trimmed.toUpperCase()];
  if (currency) return { kind: 'currency', symbol: currency };
  if (BARE.has(trimmed.toLowerCase())) return { kind: 'bare', symbol: '' };
  return { kind: 'word', symbol: trimmed };
}

/** Decimals a value shows when nothing else asks for more: whole large figures, cents on small money, 1 elsewhere. */
function baseDecimals(style: UnitStyle, shown: number): number {
  const size = Math.abs(shown);
  if (style.kind === 'currency') return size >= 1000 ? 0 : 2;
  if (size >= 100 || Number.isInteger(shown)) return 0;
  return 1;
}

function fixed(value: number, decimals: number): string {
  return unsignedZero(
    value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
  );
}

/**
 * Whether a % figure is stored as a fraction (0.953) rather than in points (95.3): fractions stay within ±1.5, as
 * the engine's KPI sentences decide it.
 */
function percentShown(value: number, fraction: boolean): number {
  return fraction ? value * 100 : value;
}

function render(value: number, style: UnitStyle, decimals: number, fraction: boolean): string {
  if (style.kind === 'percent') return `${fixed(percentShown(value, fraction), decimals)}%`;
  if (style.kind === 'currency')
    return unsignedZero(`${value < 0 ? '-' : ''}${style.symbol}${fixed(Math.abs(value), decimals)}`);
  if (style.kind === 'bare') return fixed(value, decimals);
  return `${fixed(value, decimals)} ${style.symbol}`;
}

/**
 * A KPI or goal value formatted by its unit: (0.953, "%") → "95.3%", (42, "days") → "42 days", (18.6, "$") →
 * "$18.60", (1200, "$") → "$1,200", (38, "score") → "38" (counts and scores carry no unit word).
 * @param decimals - at least this many decimals (see {@link formatValues} for figures compared with each other)
 */
export function formatValue(value: number | null, unit: string | null, decimals?: number): string {
  if (value === null) return 'n/a';
  const style = unitStyle(unit);
  const fraction = style.kind === 'percent' && Math.abs(value) <= 1.5;
  const shown = style.kind === 'percent' ? percentShown(value, fraction) : value;
  return render(value, style, Math.max(decimals ?? 0, baseDecimals(style, shown)), fraction);
}

/**
 * A figure in a table column whose heading names the unit (see {@link unitHeading}): "1", "$700,000", "8.3%" with no
 * unit word repeated in every cell (and no "1 contracts").
 */
export function formatCell(value: number | null, unit: string | null): string {
  return formatValue(value, unitStyle(unit).kind === 'word' ? null : unit);
}

/** " (contracts)" for a unit word a column heading should carry; "" for currencies, % and counts. */
export function unitHeading(unit: string | null): string {
  const style = unitStyle(unit);
  return style.kind === 'word' ? ` (${style.symbol})` : '';
}

/**
 * Figures that are read against each other (an actual and its target, a range's ends) in the same unit and with
 * enough decimals that different values never look equal: 18.6 against a target of 18.5 stays "$18.60" and
 * "$18.50", and 0.9951 against 0.995 shows "99.51%" and "99.50%", so the status beside them can be seen to follow.
 */
export function formatValues(values: readonly (number | null)[], unit: string | null): string[] {
  const style = unitStyle(unit);
  const known = values.filter((v): v is number => v !== null);
  const fraction = style.kind === 'percent' && known.every((v) => Math.abs(v) <= 1.5);
  const base = Math.max(
    0,
    ...known.map((v) => baseDecimals(style, style.kind === 'percent' ? percentShown(v, fraction) : v)),
  );
  let decimals = base;
  const distinct = new Set(known).size;
  while (decimals < base + 3 && new Set(known.map((v) => render(v, style, decimals, fraction))).size < distinct) {
    decimals++;
  }
  return values.map((v) => (v === null ? 'n/a' : render(v, style, decimals, fraction)));
}

/**
 * The y-axis labels of a chart on one scale chosen from its largest value, so the ticks read "0.3m, 0.7m, 1.4m"
 * rather than mixing "339k" with "1.4m".
 */
export function axisTickFormat(maxAbs: number): (value: number) => string {
  const [scale, suffix] = maxAbs >= 1e6 ? [1e6, 'm'] : maxAbs >= 1e4 ? [1e3, 'k'] : [1, ''];
  const decimals = maxAbs / scale >= 10 ? 0 : 1;
  return (value) => (value === 0 ? '0' : `${fixed(value / scale, decimals)}${suffix}`);
}

/** "2026-03" → "Mar 2026"; anything else is returned unchanged. */
export function formatPeriod(period: string): string {
  return shortPeriodLabel(period);
}
