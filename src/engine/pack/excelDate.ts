/** Excel serial dates (1900 system), so date columns hold real dates users can sort and filter. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Days from 1899-12-30 to 1970-01-01: the serial epoch Excel's 1900 system uses once its 1900 leap-year bug is past. */
const EPOCH_OFFSET = 25_569;
const DAY_MS = 86_400_000;

/**
 * The Excel serial number of an ISO calendar date "YYYY-MM-DD", or null when the text is not a real date.
 * Example: 2026-03-31 is serial 46112 (Excel: =DATEVALUE("2026-03-31")).
 */
export function isoDateToSerial(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  const serial = ms / DAY_MS + EPOCH_OFFSET;
  // Serials before 1900-03-01 are off by Excel's phantom 1900-02-29; the pack never needs them.
  return serial >= 61 ? serial : null;
}
