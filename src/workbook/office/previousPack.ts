/**
 * The two reads before writing a pack: which sheets exist, the register and the marks' names (sync 1), then the
 * cells, charts and protection of the sheets they point at (sync 2, skipped on a first run): a sheet is refreshed only when it
 * also holds the content mark (`carriesSheetMark`), and what users typed into it is carried over. Nothing is
 * written here.
 */
import type { Grid } from '../../engine/grid/Grid';
import type { RetiredEntry, Pack } from '../../engine/pack/Pack';
import { carriesSheetMark } from '../../engine/pack/packMarks';
import { planPackSheets, type SheetPlan } from '../../engine/pack/planPackSheets';
import { readPackEntries } from '../../engine/pack/readPackEntries';
import type { ExcelChart, ExcelContext } from './ExcelApi';
import { loadPackRegister, type PackRegister } from './packRegister';
import { rangeToGrid } from './rangeToGrid';

const fold = (name: string): string => name.toLocaleUpperCase('en');

/** What writing needs to know about the workbook and the previous pack. */
export interface PreviousPack {
  readonly plan: SheetPlan;
  readonly register: PackRegister;
  /** Entries typed into the sheets about to be refreshed, retired ones included. */
  readonly entries: readonly RetiredEntry[];
  /** The charts on each refreshed sheet (proxies of this run), to delete before the new ones are drawn. */
  readonly charts: ReadonlyMap<string, readonly ExcelChart[]>;
  /** The refreshed sheets now protected (as the last write left them): unprotected before they are rewritten. */
  readonly protectedSheets: ReadonlySet<string>;
}

/** Reads the sheets, the register and the previous entries: one sync on a first run, two on a refresh. */
export async function readPreviousPack(context: ExcelContext, pack: Pack): Promise<PreviousPack> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const registerRead = loadPackRegister(context);
  await context.sync();

  const register = registerRead();
  const existing = worksheets.items.map((ws) => ws.name);
  const present = new Map(existing.map((name) => [fold(name), name]));
  // The sheets register and names point at: their cells are read to check the content mark and take the entries.
  const candidates = [
    ...new Set(
      register.entries.flatMap((entry) => {
        const target = register.marked.get(entry.key);
        const name = target === undefined ? undefined : present.get(fold(target));
        return name === undefined ? [] : [name];
      }),
    ),
  ];
  const wanted = pack.sheets.map((s) => ({ key: s.key, name: s.name }));
  if (candidates.length === 0) {
    const plan = planPackSheets(wanted, existing, register.entries, register.marked, () => false);
    return { plan, register, entries: [], charts: new Map(), protectedSheets: new Set() };
  }

  const reads = candidates.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    return {
      name,
      // Values only: marks and entries need nothing else, and the response of this sync must stay under 5 MB.
      used: sheet.getUsedRangeOrNullObject(true).load('address,values'),
      charts: sheet.charts.load('items/name'),
      // Read, not assumed: unprotecting a sheet that is not protected fails in current Excel (office-js#6784).
      protection: sheet.protection.load('protected'),
    };
  });
  await context.sync();

  const grids = new Map<string, Grid | null>();
  for (const read of reads) {
    grids.set(
      fold(read.name),
      read.used.isNullObject ? null : rangeToGrid(read.name, { address: read.used.address, values: read.used.values }),
    );
  }
  const plan = planPackSheets(wanted, existing, register.entries, register.marked, (key, name) =>
    carriesSheetMark(grids.get(fold(name)) ?? null, key),
  );
  const entries: RetiredEntry[] = [];
  const charts = new Map<string, ExcelChart[]>();
  const protectedSheets = new Set<string>();
  for (const planned of plan.sheets.filter((s) => s.refresh)) {
    const read = reads.find((r) => fold(r.name) === fold(planned.name));
    if (!read) continue;
    charts.set(planned.name, read.charts.items);
    if (read.protection.protected) protectedSheets.add(planned.name);
    const grid = grids.get(fold(read.name));
    if (grid) entries.push(...readPackEntries(grid));
  }
  return { plan, register, entries, charts, protectedSheets };
}
