/**
 * An .xlsx package read into sheets of grids, the whole of the reader behind `readXlsx`: format checks and the
 * budget first, then the workbook parts, then each worksheet streamed from its zip entry. One pass over each part;
 * no library builds a model of the workbook, so memory stays near the size of the grids themselves.
 */
import type { Grid } from '../../../engine';
import type { XlsxSheet } from '../readXlsx';
import { openPackage, type OpenedPackage } from './openPackage';
import { ReadBudget, type ReadLimits } from './readBudget';
import { readRelationships } from './relationships';
import { clearMerged, rangeGrid, usedRange } from './sheetGrids';
import { readWorkbookParts, type DefinedName } from './workbookPart';
import { parseRange, readWorksheet, type SheetCells } from './worksheetPart';

/** Every sheet of the package and its defined names. */
export interface ReadPackage {
  readonly sheets: XlsxSheet[];
  readonly definedNames: readonly DefinedName[];
}

/**
 * Reads `bytes` as an .xlsx package.
 * @throws ReadRefusal when the bytes are not a readable .xlsx package or exceed `limits`
 */
export async function readPackage(bytes: Uint8Array, limits?: ReadLimits): Promise<ReadPackage> {
  const budget = new ReadBudget(limits);
  const pkg = openPackage(bytes, budget);
  const workbook = await readWorkbookParts(pkg);
  const sheets: XlsxSheet[] = [];
  for (const entry of workbook.sheets) {
    if (entry.part === null) {
      sheets.push({ name: entry.name, state: entry.state, grid: null, tables: [] });
      continue;
    }
    const cells = await readWorksheet(pkg, entry.part, workbook);
    clearMerged(cells, budget);
    const tables = await tableGrids(pkg, entry.part, entry.name, cells);
    const used = usedRange(cells.rows);
    const grid = used ? rangeGrid(entry.name, cells, used, true) : null;
    sheets.push({ name: entry.name, state: entry.state, grid, tables });
  }
  return { sheets, definedNames: workbook.definedNames };
}

async function tableGrids(pkg: OpenedPackage, part: string, sheet: string, cells: SheetCells): Promise<Grid[]> {
  if (cells.tableIds.length === 0) return [];
  const rels = await readRelationships(pkg, part);
  const grids: Grid[] = [];
  for (const id of cells.tableIds) {
    const target = rels.get(id)?.target;
    if (!target) continue;
    let ref = '';
    let name = '';
    await pkg.readXml(target, {
      open(tag, a) {
        if (tag !== 'table') return;
        ref = a.get('ref') ?? '';
        name = a.get('displayName') ?? a.get('name') ?? '';
      },
    });
    const range = parseRange(ref);
    if (range) grids.push({ ...rangeGrid(sheet, cells, range), tableName: name || 'Table' });
  }
  return grids;
}
