/**
 * What a pack sheet says about typing on it, written under its last row: where typing is kept (the entry columns,
 * carried over by line key on every refresh) and that everything else is the pack's and rewritten. Both writers
 * protect their pack sheets without a password, entry columns unlocked, and say so; `protectedSheet` false is the
 * sentence for a sheet left open.
 */
import { parseA1 } from '../grid/address';
import { COLOURS } from './ibcsColours';
import type { SheetLayout } from './SheetLayout';

/** The sentence for a sheet with entry columns (or without), protected or not. */
export function typingNoteText(hasEntries: boolean, protectedSheet: boolean): string {
  const kept = hasEntries
    ? 'Type your notes in the Commentary, Owner, Action and Due columns: every refresh keeps them, matched by line.'
    : 'Keep your notes on a sheet of your own: this one belongs to the pack.';
  return protectedSheet
    ? `${kept} The sheet is protected without a password so nothing else is typed over; Review > Unprotect Sheet lifts it, but a refresh rewrites anything changed outside those columns.`
    : `${kept} Anything typed elsewhere on this sheet is rewritten by the next refresh.`;
}

/** `layout` with its typing note two rows under everything it writes; the run log is left as it is. */
export function withTypingNote(layout: SheetLayout, protectedSheet: boolean): SheetLayout {
  if (layout.key === 'runLog') return layout;
  const [from, to] = layout.usedRange.split(':');
  const corner = parseA1(to ?? from ?? 'A1') ?? { row: 0, column: 0 };
  const address = `A${corner.row + 3}`;
  const text = typingNoteText(layout.editable.length > 0, protectedSheet);
  return {
    ...layout,
    cells: [...layout.cells, { range: address, values: [[{ text }]], numberFormats: [['@']] }],
    styles: [...layout.styles, { range: address, style: { italic: true, fontColour: COLOURS.muted } }],
    usedRange: `${from ?? 'A1'}:${to?.replace(/\d+$/, String(corner.row + 3)) ?? address}`,
  };
}
