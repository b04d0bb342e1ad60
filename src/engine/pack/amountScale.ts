/**
 * The unit amounts are shown in, chosen once per sheet (IBCS: one scale per page, stated in the title): units,
 * thousands or millions, by the largest amount the sheet shows. The figures in the cells stay exact; only the
 * number format scales them (Excel's trailing-comma formats), so a reader who clicks a cell sees the full amount.
 */
import { AMOUNT_FORMAT, DELTA_FORMAT, DELTA_PERCENT_FORMAT } from './numberFormats';

/** How a sheet shows its amounts. */
export type AmountScale = 'units' | 'thousands' | 'millions';

/**
 * The scale that keeps the sheet's largest amount at five digits or fewer: up to 99,999 in units, up to 99,999,999
 * in thousands ("1,005" for 1,005,400, "12,345" for a full-year 12,345,000), beyond that in millions with one decimal.
 * Five digits rather than four, so a sheet whose months are around a million still shows them in thousands.
 */
export function chooseScale(largest: number): AmountScale {
  const size = Math.abs(largest);
  if (!Number.isFinite(size) || size < 100_000) return 'units';
  if (size < 100_000_000) return 'thousands';
  return 'millions';
}

/** "US$ thousands", "thousands", "US$": the unit words of the title block. */
export function scaleWords(scale: AmountScale, currency: string | null): string {
  const money = currency ?? '';
  if (scale === 'units') return money === '' ? 'units' : money;
  return money === '' ? scale : `${money} ${scale}`;
}

const SCALED: Record<AmountScale, { readonly amount: string; readonly delta: string }> = {
  units: { amount: AMOUNT_FORMAT, delta: DELTA_FORMAT },
  thousands: { amount: '#,##0,;(#,##0,);"–"', delta: '+#,##0,;-#,##0,;"–"' },
  millions: { amount: '#,##0.0,,;(#,##0.0,,);"–"', delta: '+#,##0.0,,;-#,##0.0,,;"–"' },
};

/** Half the last digit shown at each scale: an amount smaller than this shows as zero. */
const SHOWN_AS_ZERO: Record<AmountScale, number> = { units: 0.5, thousands: 500, millions: 50_000 };

/**
 * Shows any number as the dash the amount formats use for zero. Every section is given: a format of one section puts
 * Excel's minus sign before a negative number's text, "-–".
 */
const NIL_FORMAT = '"–";"–";"–"';

/**
 * `format` scaled: the pack's amount and signed-amount formats change with the scale, every other stays. An amount
 * that is not zero but too small to show at the scale (-180 in thousands) gets the zero section's dash, because the
 * scaled format would print "-0" or "(0)", a sign on nothing; the cell keeps its exact value.
 */
export function scaleFormat(format: string, scale: AmountScale, value?: unknown): string {
  // A signed percentage under 0.05 % is "-0.0%" in its own format: the same sign on nothing, whatever the scale.
  if (format === DELTA_PERCENT_FORMAT) {
    return typeof value === 'number' && value !== 0 && Math.abs(value) < 0.0005 ? NIL_FORMAT : format;
  }
  if (format !== AMOUNT_FORMAT && format !== DELTA_FORMAT) return format;
  if (typeof value === 'number' && value !== 0 && Math.abs(value) < SHOWN_AS_ZERO[scale]) return NIL_FORMAT;
  return format === AMOUNT_FORMAT ? SCALED[scale].amount : SCALED[scale].delta;
}
