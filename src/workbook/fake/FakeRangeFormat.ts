/** `Range.format` of the fake: font, fill, borders, widths, alignment, cell lock, all recorded per cell or column. */
import type { ExcelRangeBorder, ExcelRangeFill, ExcelRangeFont, ExcelRangeFormat, LoadSpec } from '../office/ExcelApi';
import type { CellFormat } from './BookState';
import { forEveryCell, uniform, type RangeTarget } from './cellAccess';
import { FakeClientObject, type PropertyReaders } from './FakeClientObject';
import type { FakeSession } from './FakeSession';
import { assertFormattable, assertUnprotected } from './protectionGuard';

type Locate = () => RangeTarget | null;

/** Default column width: 8.43 characters of Calibri 11, i.e. 64 pixels, i.e. 48 points. */
export const DEFAULT_COLUMN_WIDTH_POINTS = 48;

abstract class FormatPart<T extends object> extends FakeClientObject<T> {
  constructor(
    session: FakeSession,
    path: string,
    protected readonly locate: Locate,
  ) {
    super(session, path);
  }
  protected exists(): boolean {
    return this.locate() !== null;
  }
  load(propertyNames?: LoadSpec): this {
    this.loadPaths(propertyNames);
    return this;
  }
  protected target(): RangeTarget {
    const target = this.locate();
    if (!target) throw new Error('unreachable: write on a missing range is refused by requireExists');
    return target;
  }
  /** Reads a per-cell format as Office.js does: the shared value, or null when the cells differ. */
  protected shared<V>(read: (format: CellFormat) => V | undefined, fallback: V): V {
    // Office.js types these properties as never-null but answers null for mixed cells; so does the fake.
    return uniform(this.target(), (cell) => (cell ? read(cell.format) : undefined) ?? fallback) as V;
  }
  protected setEach(key: keyof T & string, value: T[keyof T & string], update: (format: CellFormat) => void): void {
    this.write(key, value, () => {
      assertFormattable(this.target(), 'allowFormatCells');
      forEveryCell(this.target(), (cell) => update(cell.format));
    });
  }
}

interface FontData {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
}

/** `Range.format.font`. */
export class FakeRangeFont extends FormatPart<FontData> implements ExcelRangeFont {
  protected readers(): PropertyReaders<FontData> {
    return {
      bold: () => this.shared((f) => f.bold, false),
      italic: () => this.shared((f) => f.italic, false),
      color: () => this.shared((f) => f.fontColor, '#000000'),
      size: () => this.shared((f) => f.fontSize, 11),
    };
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(value: boolean) {
    this.setEach('bold', value, (f) => (f.bold = value));
  }
  get italic(): boolean {
    return this.read('italic');
  }
  set italic(value: boolean) {
    this.setEach('italic', value, (f) => (f.italic = value));
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.setEach('color', value, (f) => (f.fontColor = value));
  }
  get size(): number {
    return this.read('size');
  }
  set size(value: number) {
    this.setEach('size', value, (f) => (f.fontSize = value));
  }
}

/** `Range.format.fill`. */
export class FakeRangeFill extends FormatPart<{ color: string }> implements ExcelRangeFill {
  protected readers(): PropertyReaders<{ color: string }> {
    return { color: () => this.shared((f) => f.fill, '#FFFFFF') };
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.setEach('color', value, (f) => (f.fill = value));
  }
}

type BorderData = Pick<ExcelRangeBorder, 'style' | 'weight' | 'color'>;

/** One edge of the cells' borders. */
export class FakeRangeBorder extends FormatPart<BorderData> implements ExcelRangeBorder {
  constructor(
    session: FakeSession,
    path: string,
    locate: Locate,
    private readonly edge: 'borderTop' | 'borderBottom',
  ) {
    super(session, path, locate);
  }
  protected readers(): PropertyReaders<BorderData> {
    return {
      style: () => this.shared((f) => f[this.edge]?.style, 'None'),
      weight: () => this.shared((f) => f[this.edge]?.weight, 'Thin'),
      color: () => this.shared((f) => f[this.edge]?.color, '#000000'),
    };
  }
  private update(change: Partial<BorderData>): (format: CellFormat) => void {
    return (f) => {
      f[this.edge] = { style: 'Continuous', weight: 'Thin', color: '#000000', ...f[this.edge], ...change };
    };
  }
  get style(): BorderData['style'] {
    return this.read('style');
  }
  set style(value: BorderData['style']) {
    this.setEach('style', value, this.update({ style: value }));
  }
  get weight(): BorderData['weight'] {
    return this.read('weight');
  }
  set weight(value: BorderData['weight']) {
    this.setEach('weight', value, this.update({ weight: value }));
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.setEach('color', value, this.update({ color: value }));
  }
}

/** `Range.format.protection`: whether the cells are locked (they are by default). */
export class FakeFormatProtection extends FormatPart<{ locked: boolean }> {
  protected readers(): PropertyReaders<{ locked: boolean }> {
    return { locked: () => this.shared((f) => f.locked, true) };
  }
  get locked(): boolean {
    return this.read('locked');
  }
  set locked(value: boolean) {
    this.write('locked', value, () => {
      assertUnprotected(this.target());
      forEveryCell(this.target(), (cell) => (cell.format.locked = value));
    });
  }
}

interface FormatData {
  columnWidth: number;
  wrapText: boolean;
  horizontalAlignment: ExcelRangeFormat['horizontalAlignment'];
}

/** `Range.format`. */
export class FakeRangeFormat extends FormatPart<FormatData> implements ExcelRangeFormat {
  readonly font = new FakeRangeFont(this.session, `${this.path}.font`, this.locate);
  readonly fill = new FakeRangeFill(this.session, `${this.path}.fill`, this.locate);
  readonly protection = new FakeFormatProtection(this.session, `${this.path}.protection`, this.locate);
  readonly borders = {
    getItem: (index: 'EdgeTop' | 'EdgeBottom'): FakeRangeBorder =>
      new FakeRangeBorder(
        this.session,
        `${this.path}.borders('${index}')`,
        this.locate,
        index === 'EdgeTop' ? 'borderTop' : 'borderBottom',
      ),
  };

  protected readers(): PropertyReaders<FormatData> {
    return {
      columnWidth: () => {
        const { sheet, rect } = this.target();
        const widths = Array.from(
          { length: rect.columns },
          (_, i) => sheet.columnWidths.get(rect.column + i) ?? DEFAULT_COLUMN_WIDTH_POINTS,
        );
        // Office.js answers null when the columns differ; the fake answers the first column's width.
        return widths[0];
      },
      wrapText: () => this.shared((f) => f.wrapText, false),
      horizontalAlignment: () => this.shared((f) => f.horizontalAlignment, 'General'),
    };
  }
  protected override children(): Record<string, FakeRangeFont | FakeRangeFill | FakeFormatProtection> {
    return { font: this.font, fill: this.fill, protection: this.protection };
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(value: number) {
    this.write('columnWidth', value, () => {
      assertFormattable(this.target(), 'allowFormatColumns');
      const { sheet, rect } = this.target();
      for (let c = rect.column; c < rect.column + rect.columns; c++) sheet.columnWidths.set(c, value);
    });
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(value: boolean) {
    this.setEach('wrapText', value, (f) => (f.wrapText = value));
  }
  get horizontalAlignment(): FormatData['horizontalAlignment'] {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(value: FormatData['horizontalAlignment']) {
    this.setEach('horizontalAlignment', value, (f) => (f.horizontalAlignment = value));
  }
}
