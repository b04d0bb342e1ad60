/**
 * A line carrying a user's entry (commentary, owner, action, due) is never folded into "Other lines": the entry
 * belongs on its line, where the user typed it. A sheet that folded lines (`PackSheet.builtFrom`) is rebuilt with
 * those lines listed; the carry-over then puts each entry back on its row as for any other line.
 */
import { buildSheet } from './buildPack';
import type { Pack, RetiredEntry } from './Pack';

/** `pack` with every folded line that one of `entries` names listed again. */
export function showCommentedLines(pack: Pack, entries: readonly RetiredEntry[]): Pack {
  if (entries.length === 0 || !pack.sheets.some((s) => s.builtFrom)) return pack;
  const sheets = pack.sheets.map((sheet) => {
    if (!sheet.builtFrom) return sheet;
    const { result, options } = sheet.builtFrom;
    const listed = new Set(
      sheet.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => (r.key ? [r.key] : [])) : [])),
    );
    const lineKeys = new Set(result.variance.lines.map((l) => l.key));
    const wanted = entries.map((e) => e.lineKey).filter((key) => lineKeys.has(key) && !listed.has(key));
    if (wanted.length === 0) return sheet;
    const rebuilt = buildSheet(sheet.key, result, { ...options, showLines: [...options.showLines, ...wanted] });
    return { ...rebuilt, name: sheet.name };
  });
  return { ...pack, sheets };
}
