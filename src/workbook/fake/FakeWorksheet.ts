/** `Excel.Worksheet` of the fake: name, id, visibility, ranges, used range, charts, freeze panes, protection, delete. */
import type { ExcelFreezePanes, ExcelSheetVisibility, ExcelWorksheet, LoadSpec } from '../office/ExcelApi';
import { COLUMN_LIMIT, findSheetByName, type CellState, type Rect, type SheetState } from './BookState';
import { bindOnce } from './cellAccess';
import { FakeChartCollection } from './FakeChart';
import { FakeClientObject, type PropertyReaders } from './FakeClientObject';
import { FakeExcelError, invalidArgument } from './FakeExcelError';
import { FakeRange } from './FakeRange';
import type { FakeSession } from './FakeSession';
import { FakeWorksheetProtection } from './FakeWorksheetProtection';
import { parseRect, WHOLE_SHEET } from './rangeAddress';
import { sheetNameProblem } from './sheetNames';

interface WorksheetData {
  id: string;
  name: string;
  visibility: ExcelSheetVisibility;
}

function isUsed(cell: CellState, valuesOnly: boolean): boolean {
  const hasValue = cell.formula !== null || cell.error !== null || (cell.value !== null && cell.value !== '');
  if (valuesOnly || hasValue) return hasValue;
  return cell.numberFormat !== 'General' || Object.keys(cell.format).length > 0;
}

/** The smallest rectangle holding every used cell, or null for a blank sheet (Excel's used range). */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (!isUsed(cell, valuesOnly)) continue;
    const row = Math.floor(key / COLUMN_LIMIT);
    const column = key % COLUMN_LIMIT;
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** A worksheet proxy; deleted sheets make it a missing object. */
export class FakeWorksheet extends FakeClientObject<WorksheetData> implements ExcelWorksheet {
  private readonly find: () => SheetState | null;
  readonly charts: FakeChartCollection;
  readonly freezePanes: ExcelFreezePanes;
  readonly protection: FakeWorksheetProtection;

  constructor(session: FakeSession, path: string, find: () => SheetState | null) {
    super(session, path);
    session.announce(path);
    const bound = bindOnce(find);
    this.find = () => {
      const sheet = bound();
      // A deleted sheet is gone even for proxies bound to it before.
      return sheet && session.book.sheets.includes(sheet) ? sheet : null;
    };
    this.charts = new FakeChartCollection(session, `${path}.charts`, this.find);
    this.protection = new FakeWorksheetProtection(session, `${path}.protection`, this.find);
    this.freezePanes = {
      freezeRows: (count = 1) => this.call('freezePanes.freezeRows', [count], () => (this.sheet().frozenRows = count)),
      unfreeze: () => this.call('freezePanes.unfreeze', [], () => (this.sheet().frozenRows = 0)),
    };
  }

  /** Host side: the sheet's state (tests and the snapshot use it through {@link FakeExcel}). */
  private sheet(): SheetState {
    const sheet = this.find();
    if (!sheet) throw new FakeExcelError('ItemNotFound', "The requested resource doesn't exist.");
    return sheet;
  }

  protected exists(): boolean {
    return this.find() !== null;
  }

  protected readers(): PropertyReaders<WorksheetData> {
    return { id: () => this.sheet().id, name: () => this.sheet().name, visibility: () => this.sheet().visibility };
  }

  protected override children(): Record<string, FakeChartCollection | FakeWorksheetProtection> {
    return { charts: this.charts, protection: this.protection };
  }

  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.write('name', value, () => {
      const problem = sheetNameProblem(value);
      if (problem) throw invalidArgument(problem);
      const clash = findSheetByName(this.session.book, value);
      if (clash && clash !== this.sheet())
        throw new FakeExcelError('ItemAlreadyExists', 'A resource with the same name or identifier already exists.');
      this.sheet().name = value;
    });
  }
  get visibility(): ExcelSheetVisibility {
    return this.read('visibility');
  }
  set visibility(value: ExcelSheetVisibility) {
    this.write('visibility', value, () => {
      const others = this.session.book.sheets.filter((s) => s !== this.sheet() && s.visibility === 'Visible');
      if (value !== 'Visible' && others.length === 0) {
        throw new FakeExcelError(
          'InvalidOperation',
          'This operation is not permitted: a workbook must keep at least one visible sheet.',
        );
      }
      this.sheet().visibility = value;
    });
  }

  load(propertyNames?: LoadSpec): this {
    this.loadPaths(propertyNames);
    return this;
  }

  getRange(address?: string): FakeRange {
    const rect = address === undefined ? WHOLE_SHEET : parseRect(address);
    return new FakeRange(this.session, `${this.path}.getRange(${JSON.stringify(address ?? '')})`, () => {
      if (!rect) throw invalidArgument(`"${address ?? ''}" is not an A1 address`);
      const sheet = this.find();
      return sheet ? { sheet, rect } : null;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.session, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const sheet = this.find();
      const rect = sheet ? usedRect(sheet, valuesOnly) : null;
      return sheet && rect ? { sheet, rect } : null;
    });
  }

  activate(): void {
    this.call('activate', [], () => {
      if (this.sheet().visibility !== 'Visible') throw invalidArgument('a hidden sheet cannot be activated');
      this.session.book.activeSheetId = this.sheet().id;
    });
  }

  delete(): void {
    this.call('delete', [], () => {
      const book = this.session.book;
      const sheet = this.sheet();
      if (sheet.visibility === 'Visible' && !book.sheets.some((s) => s !== sheet && s.visibility === 'Visible')) {
        throw new FakeExcelError(
          'InvalidOperation',
          'This operation is not permitted: the last visible sheet cannot be deleted.',
        );
      }
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
      const kept = book.tables.filter((t) => t.sheetId !== sheet.id);
      book.tables.splice(0, book.tables.length, ...kept);
      // Excel keeps a name whose sheet is gone, referring to #REF!: a new sheet of the same name never revives it.
      for (const name of book.names) if (name.sheetId === sheet.id) name.sheetId = null;
      if (book.activeSheetId === sheet.id)
        book.activeSheetId = book.sheets.find((s) => s.visibility === 'Visible')?.id ?? null;
    });
  }
}
