/**
 * How text from the workbook stays text in the pack, whichever writer writes it.
 *
 * The rule: a layout never holds a bare string, only a {@link TextValue}. The .xlsx writer stores it as a string
 * cell (a shared or inline string, which Excel never evaluates, so "=HYPERLINK(...)" stays inert). The Office.js
 * writer assigns values the way a user types them, so it writes every text with a leading apostrophe
 * ({@link officeCellValue}): Excel swallows the apostrophe as the cell's prefix character and stores the rest as
 * text, whether it begins with =, +, -, @, looks like a number ("00123"), a date ("1-2") or a boolean ("TRUE").
 * Prefixing always, rather than guessing which strings Excel would coerce, leaves nothing to guess wrong.
 */
import type { LayoutValue, TextValue } from './SheetLayout';

/** The longest text an Excel cell holds. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage return, U+FFFE, U+FFFF and
 * unpaired surrogates): one of them in a cell makes the whole .xlsx file unreadable.
 */
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's whole job
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters no workbook can store and cuts the text to the cell limit (marking the cut with "…"). */
export function cleanText(raw: string): string {
  const clean = raw.replace(XML_ILLEGAL, '');
  if (clean.length <= MAX_CELL_TEXT) return clean;
  // Cut before a surrogate pair rather than inside it, which would leave an unpaired half.
  let end = MAX_CELL_TEXT - 1;
  if (/[\uD800-\uDBFF]/.test(clean.charAt(end - 1))) end -= 1;
  return `${clean.slice(0, end)}…`;
}

/** Marks a string as text for a layout, cleaned with {@link cleanText}. */
export function text(raw: string): TextValue {
  return { text: cleanText(raw) };
}

/** True for a layout value that is text. */
function isTextValue(value: LayoutValue): value is TextValue {
  return typeof value === 'object' && value !== null;
}

/**
 * The value the Office.js writer assigns to `range.values` for a layout cell: numbers and booleans as they are,
 * empty cells as "", and text behind an apostrophe so that Excel stores it as text, never as a formula.
 */
export function officeCellValue(value: LayoutValue): string | number | boolean {
  if (value === null) return '';
  if (isTextValue(value)) return value.text === '' ? '' : `'${value.text}`;
  return value;
}

/** The value the .xlsx writer stores: text as a plain string (ExcelJS writes strings as string cells). */
export function xlsxCellValue(value: LayoutValue): string | number | boolean | null {
  if (isTextValue(value)) return value.text === '' ? null : value.text;
  return value;
}
