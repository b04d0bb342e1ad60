/** Text helpers shared by the readers: header matching must not trip over spacing, case or non-breaking spaces. */

/** Lower-cases, turns non-breaking and thin spaces into spaces, collapses runs of whitespace and trims. */
export function normalizeText(text: string): string {
  if (isClean(text)) return text.toLowerCase();
  return text
    .replace(/[\u00a0\u2007\u202f\t\r\n]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Trims a label as written, keeping its case, and turns non-breaking spaces into ordinary ones. */
export function cleanLabel(text: string): string {
  // Nearly every label is clean already; checking is a fraction of the cost of the copies the replaces make.
  if (isClean(text)) return text;
  return text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `text` has no whitespace but single ordinary spaces between words, so cleaning would not change it. */
function isClean(text: string): boolean {
  let space = true;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (c < 32 || (c >= 0xa0 && isOtherSpace(c))) return false;
    else space = false;
  }
  return !space || text.length === 0;
}

/** The characters past ASCII that `\s` and `trim()` treat as whitespace. */
function isOtherSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
