/**
 * The two reads before writing a pack: which sheets exist and which the add-in owns (sync 1), then what users
 * typed into the pack sheets about to be refreshed and which charts those sheets hold (sync 2, skipped on a first
 * run). Nothing is written here.
 */
import type { RetiredEntry, Pack } from '../../engine/pack/Pack';
import { planPackSheets, type SheetPlan } from '../../engine/pack/planPackSheets';
import { readPackEntries } from '../../engine/pack/readPackEntries';
import type { ExcelChart, ExcelContext } from './ExcelApi';
import { loadPackRegister, type PackRegister } from './packRegister';
import { rangeToGrid } from './rangeToGrid';

/** What writing needs to know about the workbook and the previous pack. */
export interface PreviousPack {
  readonly plan: SheetPlan;
  readonly register: PackRegister;
  /** Entries typed into the sheets about to be refreshed, retired ones included. */
  readonly entries: readonly RetiredEntry[];
  /** The charts on each refreshed sheet (proxies of this run), to delete before the new ones are drawn. */
  readonly charts: ReadonlyMap<string, readonly ExcelChart[]>;
}

/** Reads the sheets, the register and the previous entries: one sync on a first run, two on a refresh. */
export async function readPreviousPack(context: ExcelContext, pack: Pack): Promise<PreviousPack> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const registerRead = loadPackRegister(context);
  await context.sync();

  const register = registerRead();
  const existing = worksheets.items.map((ws) => ws.name);
  const plan = planPackSheets(
    pack.sheets.map((s) => ({ key: s.key, name: s.name })),
    existing,
    register.entries,
    register.marked,
  );
  const refreshed = plan.sheets.filter((s) => s.refresh);
  if (refreshed.length === 0) return { plan, register, entries: [], charts: new Map() };

  const reads = refreshed.map((s) => {
    const sheet = context.workbook.worksheets.getItem(s.name);
    return {
      name: s.name,
      // Values only: entries need nothing else, and the response of this sync must stay under 5 MB.
      used: sheet.getUsedRangeOrNullObject(true).load('address,values'),
      charts: sheet.charts.load('items/name'),
    };
  });
  await context.sync();

  const entries: RetiredEntry[] = [];
  const charts = new Map<string, ExcelChart[]>();
  for (const read of reads) {
    charts.set(read.name, read.charts.items);
    if (read.used.isNullObject) continue;
    const grid = rangeToGrid(read.name, { address: read.used.address, values: read.used.values });
    entries.push(...readPackEntries(grid));
  }
  return { plan, register, entries, charts };
}
