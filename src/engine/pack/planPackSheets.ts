/**
 * Decides which tab each pack sheet goes to. A sheet the add-in created in an earlier run is refreshed in place, under
 * whatever name it has now; otherwise the wanted name is used, unless a sheet of the user's already has it, in which
 * case the pack takes "OR Summary (2)" and says so. Shared by both writers so Excel and .xlsx packs resolve names the
 * same way.
 *
 * A sheet is the add-in's only when the register lists its key AND the key's mark (see `packMarks.ts`) still refers
 * to a sheet in the workbook AND that sheet carries the key's content mark (`carriesSheetMark`). A name alone proves
 * nothing: a user who deletes "OR Variance" and makes their own "OR Variance" has a sheet with the registered name
 * but without the marks, and a user's sheet the mark's name came to point at lacks the content mark; both are left
 * alone, and the user is told which sheet and why.
 */
import type { PackSheetKey } from './Pack';
import { packMarkName } from './packMarks';
import type { RegisteredSheet } from './runLogSheet';

/** Where one pack sheet will be written. */
export interface PlannedSheet {
  readonly key: PackSheetKey;
  /** The tab to write. */
  readonly name: string;
  /** True when that tab is the add-in's own sheet from an earlier run, to be refreshed. */
  readonly refresh: boolean;
  /** The wanted name, when a user's sheet had it and another name was picked. */
  readonly wanted?: string;
}

/** Where every pack sheet goes, the register to save, and sentences for the user. */
export interface SheetPlan {
  readonly sheets: PlannedSheet[];
  /** What the register should list after writing: the planned sheets and earlier ones still in the workbook. */
  readonly register: RegisteredSheet[];
  readonly messages: string[];
}

/** Excel sheet names are unique regardless of case. */
const fold = (name: string): string => name.toLocaleUpperCase('en');

/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME = 31;

function freeName(wanted: string, taken: Set<string>): string {
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${wanted.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!taken.has(fold(candidate))) return candidate;
  }
}

/** A registered sheet whose mark still refers to a sheet in the workbook: `name` is its name now. */
interface LiveSheet extends RegisteredSheet {
  readonly registeredAs: string;
}

/** Whether the sheet called `sheet` holds the content mark of the pack sheet `key`. */
export type CarriesMark = (key: PackSheetKey, sheet: string) => boolean;

function liveSheets(
  previous: readonly RegisteredSheet[],
  present: ReadonlyMap<string, string>,
  marked: ReadonlyMap<PackSheetKey, string>,
  carries: CarriesMark,
  messages: string[],
): LiveSheet[] {
  const live: LiveSheet[] = [];
  for (const entry of previous) {
    const target = marked.get(entry.key);
    const name = target === undefined ? undefined : present.get(fold(target));
    if (name !== undefined && !carries(entry.key, name)) {
      messages.push(
        `The sheet "${name}" was not written: the pack's name ${packMarkName(entry.key)} points at it, but it does not hold the mark Ops Review writes into its own sheets, so it is yours.`,
      );
      continue;
    }
    // One sheet is one pack sheet: a second key claiming it (a hand-edited name) is ignored.
    if (name !== undefined && !live.some((l) => l.key === entry.key || fold(l.name) === fold(name))) {
      live.push({ key: entry.key, name, registeredAs: entry.name });
    }
  }
  return live;
}

/**
 * The plan for writing `wanted` sheets into a workbook whose sheets are `existing`, given the `previous` register read
 * from the add-in's register sheet (empty on a first run), `marked`, the sheet each key's mark refers to now
 * (keys whose mark is missing or broken left out), and `carries`, which checks a sheet's content mark.
 */
export function planPackSheets(
  wanted: readonly { readonly key: PackSheetKey; readonly name: string }[],
  existing: readonly string[],
  previous: readonly RegisteredSheet[],
  marked: ReadonlyMap<PackSheetKey, string>,
  carries: CarriesMark,
): SheetPlan {
  const present = new Map(existing.map((name) => [fold(name), name]));
  const messages: string[] = [];
  const live = liveSheets(previous, present, marked, carries, messages);
  const taken = new Set(present.keys());
  const sheets: PlannedSheet[] = [];
  for (const entry of previous) {
    const now = present.get(fold(entry.name));
    const told = messages.some((m) => m.startsWith(`The sheet "${now}" was not written`));
    if (now !== undefined && !told && !live.some((l) => fold(l.name) === fold(entry.name))) {
      messages.push(
        `The sheet "${now}" is not the pack sheet Ops Review created under that name (that one was deleted or replaced), so it is treated as yours and left alone.`,
      );
    }
  }
  for (const sheet of wanted) {
    const own = live.find((r) => r.key === sheet.key);
    if (own) {
      sheets.push({ key: sheet.key, name: own.name, refresh: true });
      if (fold(own.name) !== fold(own.registeredAs)) {
        messages.push(
          `The pack sheet "${own.registeredAs}" is now called "${own.name}"; it was refreshed under that name.`,
        );
      }
      continue;
    }
    if (!taken.has(fold(sheet.name))) {
      sheets.push({ key: sheet.key, name: sheet.name, refresh: false });
      taken.add(fold(sheet.name));
      continue;
    }
    const name = freeName(sheet.name, taken);
    taken.add(fold(name));
    sheets.push({ key: sheet.key, name, refresh: false, wanted: sheet.name });
    messages.push(
      `A sheet named "${sheet.name}" already exists and is not part of the pack, so it was left alone and the pack used "${name}".`,
    );
  }
  const register = [
    ...sheets.map((s) => ({ key: s.key, name: s.name })),
    ...live.filter((r) => !sheets.some((s) => s.key === r.key)).map((r) => ({ key: r.key, name: r.name })),
  ];
  return { sheets, register, messages };
}
