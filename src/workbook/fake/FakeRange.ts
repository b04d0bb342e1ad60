/** `Excel.Range` of the fake: values, formulas, number formats and value types with Excel's load and write rules. */
import type { ExcelCellInput, ExcelRange, ExcelValueType, LoadSpec } from '../office/ExcelApi';
import { rectContains, type CellState } from './BookState';
import { assertShape, bindOnce, forEveryCell, forExistingCells, matrix, type RangeTarget } from './cellAccess';
import { assignCellInput } from './cellInput';
import { FakeClientObject, type PropertyReaders } from './FakeClientObject';
import { FakeConditionalFormats } from './FakeConditionalFormats';
import { invalidArgument, itemNotFound } from './FakeExcelError';
import { FakeRangeFormat } from './FakeRangeFormat';
import type { FakeSession } from './FakeSession';
import { assertContentsEditable, assertFormattable } from './protectionGuard';
import { shownValue } from './formulaValue';
import { qualifiedAddress, rectA1 } from './rangeAddress';

type ValueType = ExcelValueType;

interface RangeData {
  address: string;
  rowCount: number;
  columnCount: number;
  values: ExcelCellInput[][];
  formulas: ExcelCellInput[][];
  numberFormat: string[][];
  valueTypes: ValueType[][];
  columnHidden: boolean;
}

function valueType(value: string | number | boolean | null, isError: boolean): ValueType {
  if (isError) return 'Error';
  if (value === null || value === '') return 'Empty';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Double';
  return 'String';
}

/** A range proxy bound (on first use) to a rectangle of a sheet. */
export class FakeRange extends FakeClientObject<RangeData> implements ExcelRange {
  private readonly locate: () => RangeTarget | null;
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormats;

  constructor(session: FakeSession, path: string, locate: () => RangeTarget | null) {
    super(session, path);
    session.announce(path);
    this.locate = bindOnce(locate);
    this.format = new FakeRangeFormat(session, `${path}.format`, this.locate);
    this.conditionalFormats = new FakeConditionalFormats(session, `${path}.conditionalFormats`, this.locate);
  }

  protected exists(): boolean {
    return this.locate() !== null;
  }

  private target(): RangeTarget {
    const target = this.locate();
    if (!target) throw new Error('unreachable: operations on a missing range are refused by requireExists');
    return target;
  }

  /** Host side: where this range is, for another object's queued operation (a chart's source); throws like Excel if gone. */
  hostTarget(): RangeTarget {
    const target = this.locate();
    if (!target) throw itemNotFound();
    return target;
  }

  private shown(cell: CellState | undefined): { value: ExcelCellInput; error: boolean } {
    if (!cell) return { value: '', error: false };
    const shown = shownValue(this.target().sheet, cell);
    if ('error' in shown) return { value: shown.error, error: true };
    return { value: shown.value ?? '', error: false };
  }

  protected readers(): PropertyReaders<RangeData> {
    return {
      address: () => qualifiedAddress(this.target().sheet.name, this.target().rect),
      rowCount: () => this.target().rect.rows,
      columnCount: () => this.target().rect.columns,
      // Office.js reads empty cells as "" (not null) in values and formulas.
      values: () => matrix(this.target(), (cell) => this.shown(cell).value),
      formulas: () => matrix(this.target(), (cell) => cell?.formula ?? this.shown(cell).value),
      numberFormat: () => matrix(this.target(), (cell) => cell?.numberFormat ?? 'General'),
      valueTypes: () =>
        matrix(this.target(), (cell) => {
          const shown = this.shown(cell);
          return valueType(shown.value, shown.error);
        }),
      columnHidden: () => {
        const { sheet, rect } = this.target();
        return Array.from({ length: rect.columns }, (_, i) => sheet.hiddenColumns.has(rect.column + i)).every(Boolean);
      },
    };
  }

  protected override children(): Record<string, FakeRangeFormat> {
    return { format: this.format };
  }

  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get valueTypes(): ValueType[][] {
    return this.read('valueTypes');
  }

  get values(): ExcelCellInput[][] {
    return this.read('values');
  }
  set values(input: ExcelCellInput[][]) {
    this.write('values', input, () => this.assign(input, 'values'));
  }

  get formulas(): ExcelCellInput[][] {
    return this.read('formulas');
  }
  set formulas(input: ExcelCellInput[][]) {
    this.write('formulas', input, () => this.assign(input, 'formulas'));
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(input: string[][]) {
    this.write('numberFormat', input, () => {
      assertShape(this.target().rect, input, 'numberFormat');
      assertFormattable(this.target(), 'allowFormatCells');
      forEveryCell(this.target(), (cell, r, c) => (cell.numberFormat = input[r][c]));
    });
  }

  get columnHidden(): boolean {
    return this.read('columnHidden');
  }
  set columnHidden(hidden: boolean) {
    this.write('columnHidden', hidden, () => {
      assertFormattable(this.target(), 'allowFormatColumns');
      const { sheet, rect } = this.target();
      for (let c = rect.column; c < rect.column + rect.columns; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  private assign(input: ExcelCellInput[][], property: string): void {
    assertShape(this.target().rect, input, property);
    assertContentsEditable(this.target());
    forEveryCell(this.target(), (cell, r, c) => assignCellInput(cell, input[r][c]));
  }

  load(propertyNames?: LoadSpec): this {
    this.loadPaths(propertyNames);
    return this;
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.call('clear', [applyTo], () => {
      const target = this.target();
      if (applyTo === 'Formats') assertFormattable(target, 'allowFormatCells');
      else assertContentsEditable(target);
      const emptied: number[] = [];
      forExistingCells(target, (cell, key) => {
        if (applyTo !== 'Formats') Object.assign(cell, { value: null, formula: null, error: null });
        if (applyTo !== 'Contents') Object.assign(cell, { numberFormat: 'General', format: {} });
        if (applyTo === 'All') emptied.push(key);
      });
      for (const key of emptied) target.sheet.cells.delete(key);
      if (applyTo !== 'Contents') {
        const kept = target.sheet.conditionalFormats.filter((cf) => !rectContains(target.rect, cf.rect));
        target.sheet.conditionalFormats.splice(0, target.sheet.conditionalFormats.length, ...kept);
      }
    });
  }

  select(): void {
    this.call('select', [], () => {
      const { sheet, rect } = this.target();
      if (sheet.visibility !== 'Visible') throw invalidArgument('a range on a hidden sheet cannot be selected');
      this.session.book.activeSheetId = sheet.id;
      this.session.book.selection = { sheet: sheet.name, address: rectA1(rect) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive(`getCell(${row},${column})`, (t) => ({
      row: t.row + row,
      column: t.column + column,
      rows: 1,
      columns: 1,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive(`getResizedRange(${deltaRows},${deltaColumns})`, (t) => ({
      ...t,
      rows: t.rows + deltaRows,
      columns: t.columns + deltaColumns,
    }));
  }

  private derive(step: string, rect: (parent: RangeTarget['rect']) => RangeTarget['rect']): FakeRange {
    return new FakeRange(this.session, `${this.path}.${step}`, () => {
      const parent = this.locate();
      if (!parent) return null;
      const next = rect(parent.rect);
      if (next.rows < 1 || next.columns < 1) throw invalidArgument(`${step} leaves an empty range`);
      return { sheet: parent.sheet, rect: next };
    });
  }
}
