const CURRENCY_PREFIXES = new Set(['$', '€', '£', '¥']);

/** Units that name what is counted or scored, not a unit to write after the number: "38", not "38 score". */
const BARE_UNITS = new Set(['count', '#', 'no', 'no.', 'number', 'score', 'points', 'pts', 'index', 'rate', 'ratio']);

/**
 * A KPI figure as a finance user would write it in a sentence: "94.1 %", "$1,250", "32 days", "38" (a score).
 *
 * Percent KPIs come both ways from workbooks (0.941 formatted as % or 94.1 typed with a % unit), so the caller says
 * which one the KPI uses: `percentAsFraction` true multiplies by 100 for display.
 */
export function formatKpiValue(value: number, unit: string | null, percentAsFraction = false): string {
  const trimmed = unit?.trim() ?? '';
  if (trimmed === '%') return `${number(percentAsFraction ? value * 100 : value)} %`;
  if (CURRENCY_PREFIXES.has(trimmed)) return `${value < 0 ? '-' : ''}${trimmed}${number(Math.abs(value))}`;
  return trimmed === '' || BARE_UNITS.has(trimmed.toLowerCase()) ? number(value) : `${number(value)} ${trimmed}`;
}

/**
 * Whether a % KPI stores fractions (0.95) rather than percent points (95): true when every figure is within ±1.5,
 * since a percent-point KPI whose target and values all sit under 1.5 % is far rarer than a fraction one.
 */
export function isPercentFraction(unit: string | null, figures: readonly number[]): boolean {
  return unit?.trim() === '%' && figures.length > 0 && figures.every((v) => Math.abs(v) <= 1.5);
}

function number(value: number): string {
  const digits = Math.abs(value) >= 100 ? 0 : 1;
  return value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits });
}
