/**
 * Reads every user sheet's used range and every Excel Table as grids in exactly two `context.sync()` calls,
 * whatever the number of sheets and tables: the first learns which sheets and tables exist (and which sheets the
 * pack may own), the second loads all their cells at once; pack sheets are those that also hold their content mark.
 */
import { carriesSheetMark, type Grid, SETTINGS_SHEET } from '../../engine';
import type { ExcelContext, ExcelRange } from './ExcelApi';
import { loadPackRegister, type PackRegister } from './packRegister';
import { rangeToGrid, topLeftCell } from './rangeToGrid';

const CELL_PROPERTIES = ['address', 'values', 'valueTypes', 'numberFormat', 'formulas'];

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
  const used = sheets.map((ws) => ({ name: ws.name, range: ws.getUsedRangeOrNullObject(true).load(CELL_PROPERTIES) }));
  const tableRanges = tables.items.map((table) => ({
    name: table.name,
    range: table.getRange().load(CELL_PROPERTIES),
  }));
  await context.sync();

  const grids: Grid[] = [];
  const packSheets = new Set<string>();
  for (const { name, range } of used) {
    if (range.isNullObject) continue;
    const grid = rangeToGrid(name, loaded(range));
    if (isPackSheet(name, grid, register)) packSheets.add(name);
    else grids.push(grid);
  }
  for (const { name, range } of tableRanges) {
    const sheet = sheetOfAddress(range.address);
    const readable = sheets.some((ws) => ws.name === sheet) && !packSheets.has(sheet);
    if (readable && topLeftCell(range.address) !== '') grids.push(rangeToGrid(sheet, loaded(range), name));
  }
  return grids;
}

function loaded(range: ExcelRange) {
  return {
    address: range.address,
    values: range.values,
    valueTypes: range.valueTypes,
    numberFormat: range.numberFormat,
    formulas: range.formulas,
  };
}
