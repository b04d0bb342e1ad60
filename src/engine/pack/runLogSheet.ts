/**
 * The add-in's own very-hidden sheet: the register of the pack sheets it created and the run log (when, which period,
 * which settings, a fingerprint of each source table). The register alone does not make a sheet the add-in's: its
 * mark must still refer to it too (see `packMarks.ts` and `planPackSheets`), since a user can delete a pack sheet and
 * make one of their own with the registered name.
 */
import type { Grid } from '../grid/Grid';
import type { PackSheetKey, RunLog } from './Pack';
import { PACK_SHEET_KEYS } from './Pack';
import { LayoutFragment, emptyFragment, putCells, putStyle, rangeA1 } from './LayoutFragment';
import { text } from './safeText';
import type { SheetLayout } from './SheetLayout';

/** Name of the register sheet; readers skip it and every sheet it lists. */
export const RUN_LOG_SHEET = '_OpsReview';
const REGISTER_HEADING = 'Pack sheets';

/** A pack sheet the add-in created, as listed in its register. */
export interface RegisteredSheet {
  readonly key: PackSheetKey;
  /** The tab name the writer used (a user may have renamed the tab since: its mark says where it is now). */
  readonly name: string;
}

function section(sheet: LayoutFragment, row: number, heading: string, rows: (string | number)[][]): number {
  putCells(sheet, row, 0, [[text(heading)]], [['General']]);
  putStyle(sheet, rangeA1(row, 0, 1, 1), { bold: true });
  if (rows.length > 0) {
    putCells(
      sheet,
      row + 1,
      0,
      rows.map((r) => r.map((v) => (typeof v === 'number' ? v : text(v)))),
      rows.map((r) => r.map(() => 'General')),
    );
  }
  return row + 1 + rows.length + 1;
}

/** The register and run log as a very-hidden sheet layout; `sheets` are the names actually written. */
export function layoutRunLog(runLog: RunLog, sheets: readonly RegisteredSheet[]): SheetLayout {
  const sheet = emptyFragment();
  let row = section(sheet, 0, REGISTER_HEADING, [['Key', 'Sheet'], ...sheets.map((s) => [s.key, s.name])]);
  row = section(sheet, row, 'Run', [
    ['Generated at', runLog.generatedAt],
    ['Period', runLog.period],
    ['Settings version', runLog.settingsVersion],
    ['Author', runLog.author ?? ''],
  ]);
  row = section(sheet, row, 'Sources', [
    ['Source', 'Fingerprint', 'Rows', 'Columns'],
    ...runLog.sources.map((s) => [s.source, s.fingerprint, s.rows, s.columns]),
  ]);
  return {
    key: 'runLog',
    name: RUN_LOG_SHEET,
    visibility: 'veryHidden',
    cells: sheet.cells,
    styles: sheet.styles,
    columns: [
      { column: 'A', width: 28 },
      { column: 'B', width: 40 },
    ],
    conditionalFormats: [],
    charts: [],
    editable: [],
    usedRange: rangeA1(0, 0, row, Math.max(1, sheet.columns)),
    freezeRows: 0,
  };
}

/**
 * The pack sheets registered in a previous run, read from the register sheet's grid. Unknown keys and blank names
 * are ignored (a user may have typed into the sheet), so a damaged register only makes the writer create afresh.
 */
export function readPackRegister(grid: Grid): RegisteredSheet[] {
  const rows = grid.values;
  const start = rows.findIndex((r) => r[0] === REGISTER_HEADING);
  if (start < 0) return [];
  const found: RegisteredSheet[] = [];
  for (let i = start + 2; i < rows.length; i += 1) {
    const [key, name] = [rows[i]?.[0], rows[i]?.[1]];
    if (typeof key !== 'string' || key === '') break;
    if (typeof name !== 'string' || name.trim() === '') continue;
    const known = PACK_SHEET_KEYS.find((k) => k === key);
    if (known) found.push({ key: known, name });
  }
  return found;
}
