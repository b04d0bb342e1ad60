/**
 * `Workbook.names` of the fake: workbook-scoped defined names referring to a sheet rectangle. As in Excel, a name is
 * bound to its sheet, not to the sheet's name: its formula follows a rename, and turns to `#REF!` when the sheet is
 * deleted, for good (a new sheet of the same name does not revive it).
 */
import type { ExcelNamedItem, ExcelNamedItemCollection, ExcelRange, LoadSpec } from '../office/ExcelApi';
import { findSheetByName, type NameState, type Rect } from './BookState';
import { bindOnce } from './cellAccess';
import { FakeClientObject, type PropertyReaders } from './FakeClientObject';
import { FakeCollection } from './FakeCollection';
import { FakeExcelError, invalidArgument, itemNotFound } from './FakeExcelError';
import { FakeRange } from './FakeRange';
import type { FakeSession } from './FakeSession';
import { parseRect, quoteSheetName, rectA1, splitQualified } from './rangeAddress';

interface NamedItemData {
  name: string;
  type: 'Range' | 'Error';
  formula: string;
  visible: boolean;
}

/**
 * Excel's rule for a defined name: a letter, "_" or "\" first, then letters, digits, "_" or "."; not a cell
 * address.
 */
function nameProblem(name: string): string | null {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name)) return `"${name}" is not a valid defined name`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return `"${name}" looks like a cell reference`;
  return null;
}

/** "$A$1:$B$2" from a rectangle. */
function absolute(rect: Rect): string {
  return rectA1(rect).replace(/([A-Z]+)(\d+)/g, (_, column: string, row: string) => `$${column}$${row}`);
}

/** A defined-name proxy; deleted names make it a missing object. */
class FakeNamedItem extends FakeClientObject<NamedItemData> implements ExcelNamedItem {
  private readonly find: () => NameState | null;

  constructor(session: FakeSession, path: string, find: () => NameState | null) {
    super(session, path);
    session.announce(path);
    const bound = bindOnce(find);
    this.find = () => {
      const state = bound();
      // A deleted name is gone even for proxies bound to it before.
      return state && session.book.names.includes(state) ? state : null;
    };
  }

  private state(): NameState {
    const state = this.find();
    if (!state) throw itemNotFound();
    return state;
  }

  protected exists(): boolean {
    return this.find() !== null;
  }

  protected readers(): PropertyReaders<NamedItemData> {
    const sheet = () => this.session.book.sheets.find((s) => s.id === this.state().sheetId) ?? null;
    return {
      name: () => this.state().name,
      type: () => (sheet() ? 'Range' : 'Error'),
      formula: () => {
        const target = sheet();
        return `=${target ? quoteSheetName(target.name) : '#REF'}!${absolute(this.state().rect)}`;
      },
      visible: () => this.state().visible,
    };
  }

  get name(): string {
    return this.read('name');
  }
  get type(): 'Range' | 'Error' {
    return this.read('type');
  }
  get formula(): string {
    return this.read('formula');
  }
  get visible(): boolean {
    return this.read('visible');
  }
  set visible(value: boolean) {
    this.write('visible', value, () => (this.state().visible = value));
  }

  load(propertyNames?: LoadSpec): this {
    this.loadPaths(propertyNames);
    return this;
  }

  delete(): void {
    this.call('delete', [], () => {
      const names = this.session.book.names;
      names.splice(names.indexOf(this.state()), 1);
    });
  }
}

/** Workbook-scoped names: lookup without case, as Excel; `add` with Excel's name rules. */
export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> implements ExcelNamedItemCollection {
  protected current(): FakeNamedItem[] {
    return this.session.book.names.map((n) => new FakeNamedItem(this.session, `names.getItem('${n.name}')`, () => n));
  }

  private lookup(name: string): NameState | null {
    return this.session.book.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  load(propertyNames?: LoadSpec): this {
    this.loadItems(propertyNames);
    return this;
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.session, `names.getItem(${JSON.stringify(name)})`, () => {
      const state = this.lookup(name);
      if (!state) throw itemNotFound();
      return state;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.session, `names.getItemOrNullObject(${JSON.stringify(name)})`, () =>
      this.lookup(name),
    );
  }

  /** `reference` is a range of this workbook, or its address text ("=Sheet1!$A$1"). */
  add(name: string, reference: ExcelRange | string, comment?: string): FakeNamedItem {
    let created: NameState | null = null;
    this.session.enqueue({
      wire: {
        path: 'names',
        call: 'add',
        args: [name, reference instanceof FakeRange ? reference.path : reference, comment ?? null],
      },
      apply: () => {
        const problem = nameProblem(name);
        if (problem) throw invalidArgument(problem);
        if (this.lookup(name)) {
          throw new FakeExcelError('ItemAlreadyExists', 'A resource with the same name or identifier already exists.');
        }
        const target = this.resolve(reference);
        created = { name, sheetId: target.sheetId, rect: target.rect, visible: true };
        this.session.book.names.push(created);
      },
    });
    return new FakeNamedItem(this.session, `names.add(${JSON.stringify(name)})`, () => created);
  }

  private resolve(reference: ExcelRange | string): { sheetId: string; rect: Rect } {
    if (reference instanceof FakeRange) {
      const { sheet, rect } = reference.hostTarget();
      return { sheetId: sheet.id, rect };
    }
    if (typeof reference !== 'string') throw invalidArgument('the reference is not a range of this workbook');
    const { sheet, local } = splitQualified(reference.replace(/^=/, ''));
    const found = sheet === null ? null : findSheetByName(this.session.book, sheet);
    const rect = parseRect(local.replace(/\$/g, ''));
    if (!found || !rect) throw invalidArgument(`"${reference}" is not a reference to a sheet of this workbook`);
    return { sheetId: found.id, rect };
  }
}
