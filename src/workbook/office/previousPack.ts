/**
 * The two reads before writing a pack: which sheets exist, the register and the marks' names (sync 1), then the
 * cells, charts and protection of the sheets the marks point at (sync 2, skipped on a first run). Nothing is written
 * here; what to write is decided by the engine's `planPackWrite` from the state read.
 */
import { type Grid, packSheetCandidates, type PreviousPackState } from '../../engine';
import type { ExcelChart, ExcelContext } from './ExcelApi';
import { loadPackRegister, type PackRegister } from './packRegister';
import { rangeToGrid } from './rangeToGrid';

const fold = (name: string): string => name.toLocaleUpperCase('en');

/** What writing needs to know about the workbook and the previous pack. */
export interface PreviousPack {
  readonly state: PreviousPackState;
  readonly register: PackRegister;
  /** The charts on each candidate sheet (proxies of this run), to delete before the new ones are drawn. */
  readonly charts: (sheet: string) => readonly ExcelChart[];
  /** Whether a candidate sheet is protected now (as the last write left it): unprotected before it is rewritten. */
  readonly isProtected: (sheet: string) => boolean;
}

/** Reads the sheets, the register and the candidate sheets' cells: one sync on a first run, two on a refresh. */
export async function readPreviousPack(context: ExcelContext): Promise<PreviousPack> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const registerRead = loadPackRegister(context);
  await context.sync();

  const register = registerRead();
  const base = {
    sheetNames: worksheets.items.map((ws) => ws.name),
    register: register.entries,
    marked: register.marked,
    squatted: register.squatted,
  };
  const candidates = packSheetCandidates(base);
  if (candidates.length === 0) {
    return { state: { ...base, cellsOf: () => null }, register, charts: () => [], isProtected: () => false };
  }
  const reads = new Map(
    candidates.map((name) => {
      const sheet = context.workbook.worksheets.getItem(name);
      const read = {
        name,
        // Values only: marks and entries need nothing else, and the response of this sync must stay under 5 MB.
        used: sheet.getUsedRangeOrNullObject(true).load('address,values'),
        charts: sheet.charts.load('items/name'),
        // Read, not assumed: unprotecting a sheet that is not protected fails in current Excel (office-js#6784).
        protection: sheet.protection.load('protected'),
      };
      return [fold(name), read] as const;
    }),
  );
  await context.sync();

  const grids = new Map<string, Grid | null>();
  for (const [key, read] of reads) {
    const used = read.used;
    grids.set(key, used.isNullObject ? null : rangeToGrid(read.name, { address: used.address, values: used.values }));
  }
  return {
    state: { ...base, cellsOf: (name) => grids.get(fold(name)) ?? null },
    register,
    charts: (name) => reads.get(fold(name))?.charts.items ?? [],
    isProtected: (name) => reads.get(fold(name))?.protection.protected ?? false,
  };
}
