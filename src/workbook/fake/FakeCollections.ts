/** `Workbook.worksheets` and `Workbook.tables` of the fake. */
import type { ExcelTable, ExcelTableCollection, ExcelWorksheetCollection, LoadSpec } from '../office/ExcelApi';
import { findSheetByName, newSheet, type SheetState, type TableState } from './BookState';
import { FakeClientObject, type PropertyReaders } from './FakeClientObject';
import { FakeCollection } from './FakeCollection';
import { FakeExcelError, invalidArgument, itemNotFound } from './FakeExcelError';
import { FakeRange } from './FakeRange';
import type { FakeSession } from './FakeSession';
import { FakeWorksheet } from './FakeWorksheet';
import { sheetNameProblem } from './sheetNames';

/** `Workbook.worksheets`: lookup by name (any case) or id, `add` with Excel's name rules. */
export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> implements ExcelWorksheetCollection {
  protected current(): FakeWorksheet[] {
    return this.session.book.sheets.map((sheet) => this.proxyFor(sheet));
  }

  private proxyFor(sheet: SheetState): FakeWorksheet {
    return new FakeWorksheet(this.session, `worksheets.getItem('${sheet.id}')`, () => sheet);
  }

  load(propertyNames?: LoadSpec): this {
    this.loadItems(propertyNames);
    return this;
  }

  /** By name (case-insensitive, as Excel) or by id. */
  private lookup(key: string): SheetState | null {
    return this.session.book.sheets.find((s) => s.id === key) ?? findSheetByName(this.session.book, key);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.session, `worksheets.getItem(${JSON.stringify(key)})`, () => {
      const sheet = this.lookup(key);
      if (!sheet) throw itemNotFound();
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.session, `worksheets.getItemOrNullObject(${JSON.stringify(key)})`, () =>
      this.lookup(key),
    );
  }

  add(name?: string): FakeWorksheet {
    let created: SheetState | null = null;
    this.session.enqueue({
      wire: { path: 'worksheets', call: 'add', args: [name ?? null] },
      apply: () => {
        const book = this.session.book;
        let wanted = name;
        for (let n = book.sheets.length + 1; wanted === undefined; n++) {
          if (!findSheetByName(book, `Sheet${n}`)) wanted = `Sheet${n}`;
        }
        const problem = sheetNameProblem(wanted);
        if (problem) throw invalidArgument(problem);
        if (findSheetByName(book, wanted)) {
          throw new FakeExcelError('ItemAlreadyExists', 'A resource with the same name or identifier already exists.');
        }
        created = newSheet(book, wanted);
      },
    });
    return new FakeWorksheet(this.session, `worksheets.add(${JSON.stringify(name ?? '')})`, () => created);
  }
}

class FakeTable extends FakeClientObject<{ name: string }> implements ExcelTable {
  constructor(
    session: FakeSession,
    path: string,
    private readonly state: TableState,
  ) {
    super(session, path);
  }
  protected exists(): boolean {
    return this.session.book.tables.includes(this.state);
  }
  protected readers(): PropertyReaders<{ name: string }> {
    return { name: () => this.state.name };
  }
  get name(): string {
    return this.read('name');
  }
  getRange(): FakeRange {
    return new FakeRange(this.session, `${this.path}.getRange()`, () => {
      const sheet = this.session.book.sheets.find((s) => s.id === this.state.sheetId);
      return sheet && this.exists() ? { sheet, rect: this.state.rect } : null;
    });
  }
}

/** `Workbook.tables`. */
export class FakeTableCollection extends FakeCollection<FakeTable> implements ExcelTableCollection {
  protected current(): FakeTable[] {
    return this.session.book.tables.map((t) => new FakeTable(this.session, `tables.getItem('${t.name}')`, t));
  }
  load(propertyNames?: LoadSpec): this {
    this.loadItems(propertyNames);
    return this;
  }
}
