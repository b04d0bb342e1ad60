/**
 * Decides which tab each pack sheet goes to. A sheet the add-in registered in an earlier run is refreshed in place;
 * otherwise the wanted name is used, unless a sheet of the user's already has it, in which case the pack takes
 * "OR Summary (2)" and says so. Shared by both writers so Excel and .xlsx packs resolve names the same way.
 */
import type { PackSheetKey } from './Pack';
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

/**
 * The plan for writing `wanted` sheets into a workbook whose sheets are `existing`, given the `previous` register read from
 * the add-in's register sheet (empty on a first run).
 */
export function planPackSheets(
  wanted: readonly { readonly key: PackSheetKey; readonly name: string }[],
  existing: readonly string[],
  previous: readonly RegisteredSheet[],
): SheetPlan {
  const present = new Set(existing.map(fold));
  const live = previous.filter((r) => present.has(fold(r.name)));
  const taken = new Set(present);
  const sheets: PlannedSheet[] = [];
  const messages: string[] = [];
  for (const sheet of wanted) {
    const own = live.find((r) => r.key === sheet.key);
    if (own) {
      sheets.push({ key: sheet.key, name: own.name, refresh: true });
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
    ...live.filter((r) => !sheets.some((s) => s.key === r.key)),
  ];
  return { sheets, register, messages };
}
