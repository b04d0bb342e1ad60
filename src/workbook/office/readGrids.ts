/**
 * Reads every user sheet's used range and every Excel Table as grids in exactly two `context.sync()` calls,
 * whatever the number of sheets and tables: the first learns which sheets and tables exist (and which sheets the
 * pack owns), the second loads all their cells at once.
 */
import type { Grid } from '../../engine/grid/Grid';
import { SETTINGS_SHEET } from '../../engine/settings/settingsCells';
import type { ExcelContext, ExcelRange } from './ExcelApi';
import { loadPackRegister, type PackRegister } from './packRegister';
import { rangeToGrid, topLeftCell } from './rangeToGrid';

const CELL_PROPERTIES = ['address', 'values', 'valueTypes', 'numberFormat', 'formulas'];

/** Sheets the reader leaves out: the add-in's own (register, settings, pack sheets) and very-hidden ones. */
function isReadable(name: string, visibility: string, register: PackRegister): boolean {
  if (visibility === 'VeryHidden' || name === SETTINGS_SHEET) return false;
  return !register.owns(name);
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
  const sheets = worksheets.items.filter((ws) => isReadable(ws.name, ws.visibility, register));
  const used = sheets.map((ws) => ({ name: ws.name, range: ws.getUsedRangeOrNullObject(true).load(CELL_PROPERTIES) }));
  const tableRanges = tables.items.map((table) => ({
    name: table.name,
    range: table.getRange().load(CELL_PROPERTIES),
  }));
  await context.sync();

  const grids: Grid[] = [];
  for (const { name, range } of used) {
    if (!range.isNullObject) grids.push(rangeToGrid(name, loaded(range)));
  }
  for (const { name, range } of tableRanges) {
    const sheet = sheetOfAddress(range.address);
    const readable = sheets.some((ws) => ws.name === sheet);
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
