/** Reads a fiscal-year or calendar-year hint from a title, sheet or table name: "FY26", "FY 2026", "2026". */
export function yearHint(text: string): number | null {
  const fy = /\bFY\s*'?(\d{4}|\d{2})\b/i.exec(text);
  if (fy) return fy[1].length === 2 ? 2000 + Number(fy[1]) : Number(fy[1]);
  const calendar = /\b(19\d{2}|20\d{2})\b/.exec(text);
  return calendar ? Number(calendar[1]) : null;
}
