/** Text helpers shared by the readers: header matching must not trip over spacing, case or non-breaking spaces. */

/** Lower-cases, turns non-breaking and thin spaces into spaces, collapses runs of whitespace and trims. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f\t\r\n]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Trims a label as written, keeping its case, and turns non-breaking spaces into ordinary ones. */
export function cleanLabel(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
