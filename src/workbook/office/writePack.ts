/**
 * Writes or refreshes a pack through Office.js: 2 syncs of reads (1 on a first run), then the writes in as few
 * syncs as the 5 MB request limit allows (one for an ordinary pack).
 *
 * Only sheets the add-in created are touched: the register lists them, each has the add-in's mark (a hidden
 * defined name bound to the sheet, see `packMarks.ts`) and holds its content mark in a hidden cell; a user's sheet with a wanted name, even one the register
 * lists, makes the pack pick another name and say so. A pack sheet the user renamed is refreshed under its new name.
 * Entries users typed in a previous pack are read back and carried over by line key (`carryOverEntries`); entries
 * whose line disappeared go to "Retired comments". Source tables are never written.
 *
 * Each pack sheet is protected without a password, its entry columns unlocked, as the .xlsx writer does: typing
 * elsewhere would be lost on the next refresh, so Excel refuses it. A refresh unprotects only the sheets it proved
 * its own and read as protected, in the same write request, so protection costs no sync.
 */
import {
  type Pack,
  PACK_MARK_CELL,
  packMarkName,
  type PackSheetKey,
  planPackWrite,
  RUN_LOG_SHEET,
  type SheetLayout,
  type WriteReport,
} from '../../engine';
import type { ExcelChart, ExcelContext } from './ExcelApi';
import { readPreviousPack } from './previousPack';
import { queueCells } from './queueCells';
import { queueChart } from './queueChart';
import { queuePageLayout } from './queuePageLayout';
import { queueStyles } from './queueStyles';
import { estimateBytes, sendInChunks, type QueuedWrite } from './WriteBatch';

/** What a pack write did, for the user (report) and the benchmark (chunk sizes). */
export interface PackWriteResult {
  readonly report: WriteReport;
  /** Estimated request bytes of each write sync, in order. */
  readonly chunkBytes: readonly number[];
}

/** The mark to give a new pack sheet; `replace` when a broken or stale mark of that name must go first. */
interface NewMark {
  readonly key: PackSheetKey;
  readonly replace: boolean;
}

/**
 * Prepares a tab for its layout: created (and marked as the add-in's when `mark` is given), or emptied of the
 * previous pack (cells, formats, charts, panes). A refreshed sheet keeps its mark: clearing cells does not touch it.
 */
function prepareSheet(
  name: string,
  refresh: boolean,
  charts: readonly ExcelChart[],
  mark?: NewMark,
  unprotect = false,
): QueuedWrite {
  return {
    bytes: estimateBytes(name, 4 + charts.length + (mark ? 3 : 0) + (unprotect ? 1 : 0)),
    queue: (context) => {
      if (!refresh) {
        const sheet = context.workbook.worksheets.add(name);
        if (mark === undefined) return;
        const names = context.workbook.names;
        if (mark.replace) names.getItem(packMarkName(mark.key)).delete();
        // Hidden from Name Manager, so nobody deletes or retargets it by accident.
        names.add(packMarkName(mark.key), sheet.getRange(PACK_MARK_CELL)).visible = false;
        return;
      }
      const sheet = context.workbook.worksheets.getItem(name);
      if (unprotect) sheet.protection.unprotect();
      for (const chart of charts) chart.delete();
      const all = sheet.getRange();
      all.clear('All');
      all.columnHidden = false;
      sheet.freezePanes.unfreeze();
    },
  };
}

/** The .xlsx writer's `<sheetProtection>`: cells selectable, columns and rows resizable, filters usable. */
const PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
};

/** Unlocks the entry columns and protects the sheet; queued after everything else written on it. */
function protectSheet(name: string, layout: SheetLayout): QueuedWrite {
  const entryRanges = layout.editable.flatMap((region) => region.columns.map((column) => column.range));
  return {
    bytes: estimateBytes([name, entryRanges, PROTECTION], entryRanges.length + 1),
    queue: (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      for (const range of entryRanges) sheet.getRange(range).format.protection.locked = false;
      sheet.protection.protect(PROTECTION);
    },
  };
}

function layoutWrites(name: string, layout: SheetLayout): QueuedWrite[] {
  const writes = [
    ...layout.cells.flatMap((cells) => queueCells(name, cells)),
    ...queueStyles(name, layout),
    ...queuePageLayout(name, layout),
    ...layout.charts.flatMap((chart) => queueChart(name, chart)),
  ];
  if (layout.visibility === 'veryHidden') {
    writes.push({
      bytes: estimateBytes(name),
      queue: (context) => (context.workbook.worksheets.getItem(name).visibility = 'VeryHidden'),
    });
  }
  return writes;
}

/** Writes `pack` (see the module comment); at most 2 read syncs plus one sync per write chunk. */
export async function writePackSheets(context: ExcelContext, pack: Pack): Promise<PackWriteResult> {
  const previous = await readPreviousPack(context);
  const plan = planPackWrite(pack, previous.state);
  const writes: QueuedWrite[] = [];
  for (const planned of plan.sheets) {
    const mark = { key: planned.key, replace: previous.register.markExists.has(planned.key) };
    const unprotect = planned.refresh && previous.isProtected(planned.name);
    const charts = planned.refresh ? previous.charts(planned.name) : [];
    writes.push(prepareSheet(planned.name, planned.refresh, charts, mark, unprotect));
    writes.push(...layoutWrites(planned.name, planned.layout));
    writes.push(protectSheet(planned.name, planned.layout));
  }
  if (plan.runLog !== null) {
    writes.push(prepareSheet(RUN_LOG_SHEET, previous.register.trusted, []));
    writes.push(...layoutWrites(RUN_LOG_SHEET, plan.runLog));
  }
  const chunkBytes = await sendInChunks(context, writes);
  return { report: plan.report, chunkBytes };
}
