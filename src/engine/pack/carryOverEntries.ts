/**
 * Applies {@link mergeCommentary} to a whole pack: every table whose rows carry line keys gets back its entries,
 * and whatever no row claims goes to one "Retired comments" block on the sheet of the first such table.
 * Both writers call this between reading the previous pack and laying out the new one.
 */
import { isDraftEntry, keepEditedDrafts } from './commentaryDraft';
import { mergeCommentary } from './mergeCommentary';
import { showCommentedLines } from './showCommentedLines';
import type { Pack, PackBlock, PackRow, PackSheet, RetiredEntry } from './Pack';

/** Heading of the block that keeps entries whose line is gone. */
export const RETIRED_HEADING = 'Retired comments (their line is no longer in the analysis)';

/** A pack with previous entries carried over, and what happened to them. */
export interface CarriedPack {
  readonly pack: Pack;
  /** Entries put back on their line. */
  readonly kept: number;
  /** Entries moved to (or kept in) the retired block. */
  readonly retired: number;
  /** Sentences for the user, e.g. "2 comments whose line disappeared were kept under Retired comments." */
  readonly messages: string[];
}

function keyedRows(pack: Pack): PackRow[] {
  return pack.sheets.flatMap((sheet) =>
    sheet.blocks.flatMap((block) => (block.kind === 'table' && block.keyColumn !== undefined ? block.rows : [])),
  );
}

/** `pack` with the previous entries carried over; a pack with no keyed table keeps every entry as retired. */
export function carryOverEntries(pack: Pack, allPrevious: readonly RetiredEntry[]): CarriedPack {
  // The Summary's commentary draft is carried by its own rule (see `commentaryDraft`), never retired.
  const drafts = keepEditedDrafts(pack, allPrevious);
  pack = drafts.pack;
  const previous = allPrevious.filter((entry) => !isDraftEntry(entry));
  pack = showCommentedLines(pack, previous);
  const { retired, kept } = mergeCommentary(previous, keyedRows(pack));
  const home = pack.sheets.findIndex((s) => s.blocks.some((b) => b.kind === 'table' && b.keyColumn !== undefined));
  const homeIndex = home >= 0 ? home : 0;
  const sheets: PackSheet[] = pack.sheets.map((sheet, index) => {
    const blocks: PackBlock[] = sheet.blocks
      .filter((block) => block.kind !== 'retiredComments')
      .map((block) =>
        block.kind === 'table' && block.keyColumn !== undefined
          ? { ...block, rows: mergeCommentary(previous, block.rows).rows }
          : block,
      );
    if (index === homeIndex && retired.length > 0) {
      blocks.push({ kind: 'retiredComments', heading: RETIRED_HEADING, entries: retired });
    }
    return { ...sheet, blocks };
  });
  const messages: string[] = [];
  if (retired.length > 0) {
    const noun = retired.length === 1 ? 'entry whose line is' : 'entries whose lines are';
    messages.push(
      `${retired.length} comment ${noun} no longer in the analysis ${retired.length === 1 ? 'was' : 'were'} kept under "Retired comments"${sheets[homeIndex] ? ` on ${sheets[homeIndex].name}` : ''}.`,
    );
  }
  return { pack: { ...pack, sheets }, kept: kept + drafts.kept, retired: retired.length, messages };
}
