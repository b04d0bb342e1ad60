/**
 * Number and period formatting for the pane, one place so every page shows figures the same way: whole currency
 * units with thousands separators, negatives with a minus sign, percentages with one decimal.
 */

const amountFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const valueFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const pctFormat = new Intl.NumberFormat('en-GB', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 12345.6 → "12,346"; -800 → "-800". */
export function formatAmount(value: number): string {
  return amountFormat.format(Math.round(value) === 0 ? 0 : value);
}

/** Like {@link formatAmount} with an explicit "+" on gains, as variance columns show it: "+1,200", "-800". */
export function formatSignedAmount(value: number): string {
  const text = formatAmount(value);
  return value > 0 && text !== '0' ? `+${text}` : text;
}

/** A fraction as a percentage, 0.042 → "4.2%"; null (e.g. variance against a zero budget) → "n/a". */
export function formatPct(fraction: number | null, signed = false): string {
  if (fraction === null) return 'n/a';
  const text = pctFormat.format(fraction);
  return signed && fraction > 0 ? `+${text}` : text;
}

/** A KPI or goal value with its unit: (0.953, "%") → "95.3%", (42, "days") → "42 days", (1200, "$") → "$1,200". */
export function formatValue(value: number | null, unit: string | null): string {
  if (value === null) return 'n/a';
  if (unit === '%') return Math.abs(value) <= 1.5 ? pctFormat.format(value) : `${valueFormat.format(value)}%`;
  if (unit === '$' || unit === '£' || unit === '€') return `${unit}${amountFormat.format(value)}`;
  return unit ? `${valueFormat.format(value)} ${unit}` : valueFormat.format(value);
}

/** "2026-03" → "Mar 2026"; anything else is returned unchanged. */
export function formatPeriod(period: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : period;
}
