/**
 * Reads every user sheet's used range and every Excel Table as grids in three `context.sync()` calls whatever the
 * number of sheets and tables, when their cells fit in one response: the first learns which sheets and tables exist
 * (and which sheets the pack may own), the second their sizes, the third loads all their cells at once. Larger
 * workbooks take one more sync per 40,000 cells, the most one response of Excel on the web may carry (5 MB); pack
 * sheets are those that also hold their content mark.
 */
import { carriesSheetMark, type Grid, SETTINGS_SHEET } from '../../engine';
import type { ExcelContext, ExcelRange } from './ExcelApi';
import { loadPackRegister, type PackRegister } from './packRegister';
import { type LoadedRange, rangeToGrid, topLeftCell } from './rangeToGrid';

const CELL_PROPERTIES = ['address', 'values', 'valueTypes', 'numberFormat', 'formulas'];
const SIZE = ['address', 'rowCount', 'columnCount'];
/**
 * Cells loaded per sync. A cell's values, types, format and formula come back as about 60-100 bytes of JSON, so
 * 40,000 keep a sync's response under Excel on the web's 5 MB.
 */
const CELLS_PER_SYNC = 40_000;

/** Sheets the reader leaves out before reading: the add-in's settings and register, and very-hidden ones. */
function isReadable(name: string, visibility: string): boolean {
  return visibility !== 'VeryHidden' && name !== SETTINGS_SHEET;
}

/** A pack sheet: registered, marked by name, and holding the content mark in its cells. */
function isPackSheet(name: string, grid: Grid, register: PackRegister): boolean {
  const key = register.keyOf(name);
  return key !== undefined && carriesSheetMark(grid, key);
}

/** The sheet name of an Office.js address ("'Q1 Budget'!A1:C3" → "Q1 Budget"). */
function sheetOfAddress(address: string): string {
  const raw = address.slice(0, address.lastIndexOf('!'));
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/** Every used range and Excel Table of the user's sheets, in two syncs. */
export async function readGrids(context: ExcelContext): Promise<Grid[]> {
  const worksheets = context.workbook.worksheets.load('items/name,items/visibility');
  const tables = context.workbook.tables.load('items/name');
  const registerRead = loadPackRegister(context);
  await context.sync();

  const register = registerRead();
  const sheets = worksheets.items.filter((ws) => isReadable(ws.name, ws.visibility));
  const used = sheets.map((ws) => ({ name: ws.name, range: ws.getUsedRangeOrNullObject(true).load(SIZE) }));
  const tableRanges = tables.items.map((table) => ({ name: table.name, range: table.getRange().load(SIZE) }));
  await context.sync();

  const cells = await loadCells(
    context,
    [...used, ...tableRanges].map((u) => u.range),
  );
  const grids: Grid[] = [];
  const packSheets = new Set<string>();
  for (const { name, range } of used) {
    const block = cells.get(range);
    if (block === undefined) continue;
    const grid = rangeToGrid(name, block);
    if (isPackSheet(name, grid, register)) packSheets.add(name);
    else grids.push(grid);
  }
  for (const { name, range } of tableRanges) {
    const block = cells.get(range);
    if (block === undefined) continue;
    const sheet = sheetOfAddress(range.address);
    const readable = sheets.some((ws) => ws.name === sheet) && !packSheets.has(sheet);
    if (readable && topLeftCell(range.address) !== '') grids.push(rangeToGrid(sheet, block, name));
  }
  return grids;
}

/**
 * The cells of `ranges` (null objects left out), loaded in as few syncs as Excel on the web's 5 MB response limit
 * allows: ranges and blocks of rows are queued together until a sync holds {@link CELLS_PER_SYNC} cells.
 */
async function loadCells(context: ExcelContext, ranges: readonly ExcelRange[]): Promise<Map<ExcelRange, LoadedRange>> {
  const blocks: { source: ExcelRange; rows: number; columns: number; at: number }[] = [];
  for (const source of ranges) {
    if (source.isNullObject) continue;
    const step = Math.max(1, Math.floor(CELLS_PER_SYNC / Math.max(1, source.columnCount)));
    for (let at = 0; at < source.rowCount; at += step) {
      blocks.push({ source, at, rows: Math.min(step, source.rowCount - at), columns: source.columnCount });
    }
  }
  const loaded = new Map<ExcelRange, ExcelRange[]>();
  let queued = 0;
  for (const block of blocks) {
    if (queued > 0 && queued + block.rows * block.columns > CELLS_PER_SYNC) {
      // A sync per 5 MB of cells is the limit's doing, not a sync per range: a small workbook is one sync.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      queued = 0;
    }
    const whole = block.at === 0 && block.rows === block.source.rowCount;
    const range = whole
      ? block.source
      : block.source.getCell(block.at, 0).getResizedRange(block.rows - 1, block.columns - 1);
    range.load(CELL_PROPERTIES);
    queued += block.rows * block.columns;
    const list = loaded.get(block.source) ?? [];
    list.push(range);
    loaded.set(block.source, list);
  }
  if (queued > 0) await context.sync();
  const out = new Map<ExcelRange, LoadedRange>();
  for (const [source, parts] of loaded) {
    const read = parts.map(cellsOf);
    out.set(source, {
      address: source.address,
      values: read.flatMap((r) => r.values),
      valueTypes: read.flatMap((r) => r.valueTypes ?? []),
      numberFormat: read.flatMap((r) => r.numberFormat ?? []),
      formulas: read.flatMap((r) => r.formulas ?? []),
    });
  }
  return out;
}

function cellsOf(range: ExcelRange): LoadedRange {
  return {
    address: range.address,
    values: range.values,
    valueTypes: range.valueTypes,
    numberFormat: range.numberFormat,
    formulas: range.formulas,
  };
}
