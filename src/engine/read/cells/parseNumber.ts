import type { CellValue } from '../../grid/Grid';
import { isCellError } from '../../grid/Grid';

/** What a cell in a numeric role turned out to hold. */
export type NumberParse =
  | { readonly kind: 'number'; readonly value: number; readonly fromText: boolean }
  | { readonly kind: 'blank' }
  | {
      readonly kind: 'error';
      readonly code: 'error-value' | 'text-in-number' | 'boolean-in-number' | 'out-of-range';
      readonly text: string;
    };

const CURRENCY = /^(?:[$€£¥₹]|usd|eur|gbp|chf|cad|aud|jpy|nzd|sek|nok|dkk|zar|inr|us\$|a\$|c\$)/i;
const CURRENCY_END = /(?:[$€£¥₹]|usd|eur|gbp|chf|cad|aud|jpy|nzd|sek|nok|dkk|zar|inr)$/i;
/** Typed placeholders that mean "nothing" in finance sheets: a dash is Excel's accounting zero. */
const ZERO_DASH = /^[-–—]$/;
/**
 * Excel keeps 15 significant digits, so a magnitude of 10^15 or more cannot be an amount that adds up; taking it
 * would also let sums overflow to Infinity downstream.
 */
const LARGEST_AMOUNT = 1e15;

/** A cell that is already a usable amount, so callers on hot paths can skip {@link parseNumber} and its result. */
export function isPlainAmount(value: CellValue): value is number {
  return typeof value === 'number' && Math.abs(value) < LARGEST_AMOUNT;
}

function inRange(value: number, fromText: boolean, text: string): NumberParse {
  return Math.abs(value) < LARGEST_AMOUNT
    ? { kind: 'number', value, fromText }
    : { kind: 'error', code: 'out-of-range', text };
}

/**
 * Reads a number from a cell the way a finance user wrote it. Accepts numbers stored as text with thousands separators
 * (",", " ", "'", non-breaking spaces), currency symbols or codes before or after, accounting negatives "(1,200)",
 * leading, trailing or Unicode minus, percentages ("12.5%" is 0.125) and European "1.234,56". A lone dash reads as 0,
 * as Excel's accounting format shows zero. Excel error values and words ("n/a", "tbd") come back as errors for a
 * diagnostic, and so do magnitudes of 10^15 or more (past Excel's 15 digits); the function never throws.
 */
export function parseNumber(value: CellValue): NumberParse {
  if (value === null) return { kind: 'blank' };
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? inRange(value, false, String(value))
      : { kind: 'error', code: 'text-in-number', text: String(value) };
  }
  if (typeof value === 'boolean')
    return { kind: 'error', code: 'boolean-in-number', text: String(value).toUpperCase() };
  if (isCellError(value)) return { kind: 'error', code: 'error-value', text: value.error };
  const parsed = parseNumberText(value);
  if (parsed === 'blank') return { kind: 'blank' };
  if (parsed === null) return { kind: 'error', code: 'text-in-number', text: value.trim() };
  return inRange(parsed, true, value.trim());
}

/** Parses number text; 'blank' for whitespace, null when the text is not a number. */
export function parseNumberText(raw: string): number | 'blank' | null {
  let text = raw.replace(/[\u00a0\u2007\u202f]/g, ' ').trim();
  if (text === '') return 'blank';
  if (ZERO_DASH.test(text)) return 0;
  if (text.startsWith("'")) text = text.slice(1).trim();
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  text = text.replace(/[−‒–]/g, '-');
  // One sign at most, before or after a currency symbol ("-$1,200", "$-1,200"); "--5" is not a number.
  let signed = false;
  const sign = (): void => {
    const m = /^[-+]/.exec(text);
    if (!m || signed) return;
    signed = true;
    if (m[0] === '-') negative = !negative;
    text = text.slice(1).trim();
  };
  sign();
  const currency = CURRENCY.exec(text);
  if (currency) text = text.slice(currency[0].length).trim();
  sign();
  if (/^\(.*\)$/.test(text) && !signed) {
    negative = !negative;
    text = text.slice(1, -1).trim();
  }
  if (text.endsWith('-') && !signed) {
    negative = !negative;
    text = text.slice(0, -1).trim();
  }
  const currencyEnd = CURRENCY_END.exec(text);
  if (currencyEnd) text = text.slice(0, -currencyEnd[0].length).trim();
  let scale = 1;
  if (text.endsWith('%')) {
    scale = 0.01;
    text = text.slice(0, -1).trim();
  }
  const digits = normaliseSeparators(text);
  if (digits === null) return null;
  const number = Number(digits) * scale;
  if (!Number.isFinite(number)) return null;
  // Rounding away the binary noise of the percentage scale keeps "12.5%" exactly 0.125.
  const value = scale === 1 ? number : Number(number.toPrecision(15));
  return negative ? -value : value;
}

/** Removes thousands separators and turns a decimal comma into a point; null when the digits are not a number. */
function normaliseSeparators(text: string): string | null {
  if (/^\d{1,3}(?:[ ,']\d{3})+(?:\.\d+)?$/.test(text)) return text.replace(/[ ,']/g, '');
  if (/^\d{1,3}(?:[. ]\d{3})+,\d+$/.test(text)) return text.replace(/[. ]/g, '').replace(',', '.');
  if (/^\d+,\d{1,2}$/.test(text)) return text.replace(',', '.');
  if (/^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(text)) return text;
  return null;
}
