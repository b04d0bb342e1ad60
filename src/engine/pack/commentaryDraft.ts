/**
 * The Summary's commentary draft belongs to the user once edited, as line commentary does. The draft is written
 * with a key that carries a digest of the drafted text; on refresh, a previous text whose digest still matches its
 * key is the untouched draft and gives way to the new one, while an edited text is kept under its old key (whose
 * digest it still does not match, so it stays the user's on every later refresh).
 */
import type { DraftBlock, Pack, RetiredEntry } from './Pack';
import { sha256Hex } from './sha256';

/** Prefix of the draft's key, so its entry is never mistaken for a line's. */
export const DRAFT_KEY_PREFIX = 'summary-commentary#';

const digest = (text: string): string => sha256Hex(text.replace(/\s+/g, ' ').trim()).slice(0, 12);

/** The draft block for `lines` of drafted text. */
export function draftBlock(heading: string, lines: readonly string[]): DraftBlock {
  const text = lines.join('\n');
  return { kind: 'draft', heading, key: `${DRAFT_KEY_PREFIX}${digest(text)}`, text };
}

/** True for an entry read from a draft block rather than from a line. */
export function isDraftEntry(entry: RetiredEntry): boolean {
  return entry.lineKey.startsWith(DRAFT_KEY_PREFIX);
}

/** `pack` with every draft the user edited in `previous` put back; untouched drafts are redrafted. */
export function keepEditedDrafts(pack: Pack, previous: readonly RetiredEntry[]): { pack: Pack; kept: number } {
  const edited = previous.find(
    (e) =>
      isDraftEntry(e) && typeof e.commentary === 'string' && `${DRAFT_KEY_PREFIX}${digest(e.commentary)}` !== e.lineKey,
  );
  if (edited === undefined || typeof edited.commentary !== 'string') return { pack, kept: 0 };
  const text = edited.commentary;
  const sheets = pack.sheets.map((sheet) => ({
    ...sheet,
    blocks: sheet.blocks.map((block) => (block.kind === 'draft' ? { ...block, key: edited.lineKey, text } : block)),
  }));
  return { pack: { ...pack, sheets }, kept: 1 };
}
