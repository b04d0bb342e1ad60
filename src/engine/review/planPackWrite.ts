/**
 * The pure plan of a pack write, shared by every writer so Excel and .xlsx packs are written the same way: which tab
 * each sheet goes to (`planPackSheets`: a sheet is refreshed only when register, mark name and content mark all say
 * it is the add-in's), the commentary users typed into the previous pack carried over by line key, the layouts with
 * their content marks and typing notes, the register to save, and the report for the user. A host adapter only
 * reads {@link PreviousPackState} and turns the plan into Office.js calls or .xlsx parts.
 */
import type { Grid } from '../grid/Grid';
import { carryOverEntries } from '../pack/carryOverEntries';
import { layoutPack } from '../pack/layoutPack';
import type { Pack, PackSheetKey } from '../pack/Pack';
import { carriesSheetMark, withSheetMark } from '../pack/packMarks';
import { planPackSheets, type PlannedSheet } from '../pack/planPackSheets';
import { readPackEntries } from '../pack/readPackEntries';
import { layoutRunLog, RUN_LOG_SHEET, type RegisteredSheet } from '../pack/runLogSheet';
import type { SheetLayout } from '../pack/SheetLayout';
import { withTypingNote } from '../pack/typingNote';

/** What a host reads from the workbook before writing a pack. */
export interface PreviousPackState {
  /** Every sheet of the workbook. */
  readonly sheetNames: readonly string[];
  /** The register on the add-in's own (very hidden) register sheet; empty when there is none or it is not ours. */
  readonly register: readonly RegisteredSheet[];
  /** The sheet each key's mark name refers to now; keys whose mark is missing or broken are left out. */
  readonly marked: ReadonlyMap<PackSheetKey, string>;
  /** A sheet with the register's name exists but is a user's: the register cannot be saved. */
  readonly squatted: boolean;
  /** The cells of a sheet named by {@link packSheetCandidates} (null when empty or not read). */
  readonly cellsOf: (sheet: string) => Grid | null;
}

/** One sheet as the report tells the user about it. */
export interface WrittenSheet {
  readonly name: string;
  /** false when an existing pack sheet was refreshed */
  readonly created: boolean;
  /** the name the pack wanted, when a user's sheet already had it */
  readonly wanted?: string;
}

/** What a pack write did, for the user. */
export interface WriteReport {
  readonly sheets: readonly WrittenSheet[];
  /** sentences for the user: renamed sheets, retired comments kept, fallbacks used */
  readonly messages: readonly string[];
}

/** A pack sheet with the tab it goes to and the layout to write there. */
export interface PlannedPackSheet extends PlannedSheet {
  /** The layout, content mark and typing note included. */
  readonly layout: SheetLayout;
}

/** Everything a writer does, decided before anything is written. */
export interface PackWritePlan {
  readonly sheets: readonly PlannedPackSheet[];
  /** The register sheet's layout; null when a user's sheet has its name (nothing is written there). */
  readonly runLog: SheetLayout | null;
  /** The sheets the register lists after the write, for the marks. */
  readonly register: readonly RegisteredSheet[];
  readonly report: WriteReport;
}

const fold = (name: string): string => name.toLocaleUpperCase('en');

/** The existing sheets the register's marks point at: the only ones whose cells a writer must read. */
export function packSheetCandidates(state: Pick<PreviousPackState, 'sheetNames' | 'register' | 'marked'>): string[] {
  const present = new Map(state.sheetNames.map((name) => [fold(name), name]));
  const names = state.register.flatMap((entry) => {
    const target = state.marked.get(entry.key);
    const name = target === undefined ? undefined : present.get(fold(target));
    return name === undefined ? [] : [name];
  });
  return [...new Set(names)];
}

/** The plan for writing `pack` into a workbook in `previous` state (see the module comment). */
export function planPackWrite(pack: Pack, previous: PreviousPackState): PackWritePlan {
  const plan = planPackSheets(
    pack.sheets.map((s) => ({ key: s.key, name: s.name })),
    previous.sheetNames,
    previous.register,
    previous.marked,
    (key, name) => carriesSheetMark(previous.cellsOf(name), key),
  );
  const entries = plan.sheets.flatMap((s) => {
    const grid = s.refresh ? previous.cellsOf(s.name) : null;
    return grid ? readPackEntries(grid) : [];
  });
  // The tabs actually used (a user's sheet may have taken a wanted name), so messages name the right tab.
  const named: Pack = { ...pack, sheets: pack.sheets.map((s, i) => ({ ...s, name: plan.sheets[i]?.name ?? s.name })) };
  const carried = carryOverEntries(named, entries);
  const layouts = layoutPack(carried.pack);
  const sheets = plan.sheets.flatMap((planned, index) => {
    const layout = layouts[index];
    return layout ? [{ ...planned, layout: withSheetMark(withTypingNote(layout, true)) }] : [];
  });
  const messages = [...plan.messages, ...carried.messages];
  if (previous.squatted) {
    messages.push(
      `A sheet named "${RUN_LOG_SHEET}" belongs to you, not to Ops Review, so the pack's register was not saved: the next refresh will write new pack sheets instead of updating these.`,
    );
  }
  return {
    sheets,
    runLog: previous.squatted ? null : layoutRunLog(pack.runLog, plan.register),
    register: plan.register,
    report: {
      sheets: plan.sheets.map((s) => ({
        name: s.name,
        created: !s.refresh,
        ...(s.wanted !== undefined ? { wanted: s.wanted } : {}),
      })),
      messages,
    },
  };
}
