/**
 * One worksheet part streamed into rows of cells in Office.js terms (dates as serials, errors as `{ error }`,
 * formulas as text with their cached value), with its merged ranges and the ids of its Tables. Rows and cells
 * without a reference follow the one before them, as the format allows.
 */
import type { CellValue } from '../../../engine';
import { isDateFormat } from './numberFormats';
import type { OpenedPackage } from './openPackage';
import { shiftFormula } from './shiftFormula';
import { unescapeOoxml, type WorkbookParts } from './workbookPart';
import { relationshipId } from './xmlPart';

/** The cells of one row from column A: values, number formats and formulas (null when the row has none). */
export interface RowCells {
  readonly values: CellValue[];
  readonly formats: string[];
  formulas: (string | null)[] | null;
}

/** 1-based, inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** What a worksheet part holds, before it is cut into grids. */
export interface SheetCells {
  /** Index 0 is row 1; rows never written are holes. */
  readonly rows: (RowCells | undefined)[];
  readonly merges: CellRange[];
  /** Relationship ids of the sheet's Tables (`<tablePart r:id>`). */
  readonly tableIds: string[];
}

/** Days from Excel's 1900 day 0 (1899-12-30) to the 1904 system's (1904-01-01). */
const DAYS_1904 = 1462;
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** The format given to an ISO date cell (`t="d"`) whose style shows no date, so it still reads as a date. */
const ISO_FORMAT = 'yyyy-mm-dd';
/** Files store functions newer than Excel 2007 with a prefix (`_xlfn.CONCAT`) that Excel and Office.js do not show. */
const FUTURE_FUNCTION = /_xl(fn|ws)\./g;

/** Streams `part` of `pkg` into {@link SheetCells}. */
export async function readWorksheet(pkg: OpenedPackage, part: string, workbook: WorkbookParts): Promise<SheetCells> {
  const { sharedStrings, formats, date1904 } = workbook;
  const rows: (RowCells | undefined)[] = [];
  const merges: CellRange[] = [];
  const tableIds: string[] = [];
  const shared = new Map<string, { row: number; column: number; text: string }>();
  let row = 0;
  let column = 0;
  let type = '';
  let style = 0;
  /** Which text is being collected: 0 none, 1 value, 2 formula, 3 inline string (its `<t>` outside `<rPh>`). */
  let capture = 0;
  let inInline = false;
  let phonetic = 0;
  let value = '';
  let hasValue = false;
  let formula = '';
  let formulaType = '';
  let sharedIndex: string | undefined;
  let inline = '';
  let hasInline = false;

  const store = (cell: CellValue, format: string, text: string | null): void => {
    let cells = rows[row - 1];
    if (cells === undefined) {
      cells = { values: [], formats: [], formulas: null };
      rows[row - 1] = cells;
    }
    cells.values[column - 1] = cell;
    cells.formats[column - 1] = format;
    if (text !== null) {
      cells.formulas ??= [];
      cells.formulas[column - 1] = text;
    }
  };

  await pkg.readXml(part, {
    open(tag, a) {
      switch (tag) {
        case 'row': {
          const r = a.get('r');
          row = r === undefined ? row + 1 : Number(r);
          column = 0;
          return;
        }
        case 'c': {
          const ref = a.get('r');
          if (ref === undefined) column += 1;
          else {
            let letters = 0;
            let index = 0;
            for (; letters < ref.length; letters += 1) {
              const code = ref.charCodeAt(letters);
              if (code < 65 || code > 90) break;
              index = index * 26 + code - 64;
            }
            column = index;
            if (letters < ref.length) row = Number(ref.slice(letters));
          }
          type = a.get('t') ?? 'n';
          const s = a.get('s');
          style = s === undefined ? 0 : Number(s);
          value = '';
          hasValue = false;
          formula = '';
          formulaType = '';
          sharedIndex = undefined;
          inline = '';
          hasInline = false;
          return;
        }
        case 'v':
          capture = 1;
          hasValue = true;
          return;
        case 'f':
          capture = 2;
          formulaType = a.get('t') ?? '';
          sharedIndex = a.get('si');
          return;
        case 'is':
          inInline = true;
          hasInline = true;
          return;
        case 'rPh':
          phonetic += 1;
          return;
        case 't':
          if (inInline && phonetic === 0) capture = 3;
          return;
        case 'mergeCell': {
          const range = parseRange(a.get('ref') ?? '');
          if (range) merges.push(range);
          return;
        }
        case 'tablePart': {
          const id = relationshipId(a);
          if (id !== undefined) tableIds.push(id);
          return;
        }
      }
    },
    text(t) {
      if (capture === 1) value += t;
      else if (capture === 2) formula += t;
      else if (capture === 3) inline += t;
    },
    close(tag) {
      switch (tag) {
        case 'v':
        case 'f':
        case 't':
          capture = 0;
          return;
        case 'is':
          inInline = false;
          return;
        case 'rPh':
          phonetic -= 1;
          return;
        case 'c':
          break;
        default:
          return;
      }
      if (row < 1 || column < 1) return;
      let text: string | null = null;
      if (formula !== '') {
        text = formula.replace(FUTURE_FUNCTION, '');
        if (formulaType === 'shared' && sharedIndex !== undefined) shared.set(sharedIndex, { row, column, text });
      } else if (formulaType === 'shared' && sharedIndex !== undefined) {
        const master = shared.get(sharedIndex);
        if (master) text = shiftFormula(master.text, row - master.row, column - master.column);
      }
      let format = formats[style] ?? 'General';
      let cell: CellValue = null;
      switch (type) {
        case 's':
          cell = hasValue && value !== '' ? sharedStrings[Number(value)] || null : null;
          break;
        case 'str':
          cell = unescapeOoxml(value) || null;
          break;
        case 'inlineStr':
          cell = unescapeOoxml(hasInline ? inline : value) || null;
          break;
        case 'b':
          cell = hasValue ? value.trim() === '1' || value.trim() === 'true' : null;
          break;
        case 'e':
          cell = hasValue ? { error: value.trim() } : null;
          break;
        case 'd': {
          const serial = isoSerial(value.trim());
          cell = serial ?? (hasValue ? value : null);
          if (serial !== null && !isDateFormat(format)) format = ISO_FORMAT;
          break;
        }
        default: {
          const trimmed = value.trim();
          if (trimmed !== '') {
            const number = Number(trimmed);
            cell = Number.isNaN(number) ? trimmed : number;
            if (date1904 && typeof cell === 'number' && isDateFormat(format)) cell += DAYS_1904;
          }
        }
      }
      store(cell, format, text === null ? null : `=${text}`);
    },
  });
  return { rows, merges, tableIds };
}

/** "B2:D9" (or one cell "B2") as 1-based bounds; null for anything else. */
export function parseRange(ref: string): CellRange | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!match) return null;
  const left = letterIndex(match[1]);
  const top = Number(match[2]);
  const right = match[3] ? letterIndex(match[3]) : left;
  const bottom = match[4] ? Number(match[4]) : top;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

function letterIndex(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + ch.charCodeAt(0) - 64;
  return index;
}

/** An ISO 8601 date or date-time (`t="d"` cells) as an Excel serial; times without a zone are taken as written. */
function isoSerial(text: string): number | null {
  if (!/^\d{4}-\d\d-\d\d/.test(text)) return null;
  const zoned = /[zZ]|[+-]\d\d:?\d\d$/.test(text.slice(10));
  const ms = Date.parse(zoned ? text : text.length === 10 ? `${text}T00:00:00Z` : `${text}Z`);
  return Number.isNaN(ms) ? null : (ms - EPOCH_MS) / DAY_MS;
}
