import ExcelJS from 'exceljs';
import type { BookSnapshot, SheetSnapshot } from '../../workbook/fake/snapshot';

/** Office.js measures column widths in points; ExcelJS in characters of the default font (about 7 points each). */
const POINTS_PER_CHARACTER = 7;

const STATE = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

function addSheet(workbook: ExcelJS.Workbook, sheet: SheetSnapshot): void {
  const state = STATE[sheet.visibility as keyof typeof STATE] ?? 'visible';
  const target = workbook.addWorksheet(sheet.name, {
    state,
    views: sheet.frozenRows > 0 ? [{ state: 'frozen', ySplit: sheet.frozenRows }] : undefined,
  });
  for (const cell of sheet.cells) {
    const out = target.getCell(cell.address);
    if (cell.formula) {
      const result = cell.error ? { error: cell.error as ExcelJS.CellErrorValue['error'] } : (cell.value ?? undefined);
      out.value = { formula: cell.formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
    } else if (cell.error) {
      out.value = { error: cell.error as ExcelJS.CellErrorValue['error'] };
    } else {
      out.value = cell.value;
    }
    if (cell.numberFormat && cell.numberFormat !== 'General') out.numFmt = cell.numberFormat;
    const f = cell.format;
    if (f.bold || f.italic || f.fontColor || f.fontSize) {
      out.font = {
        bold: f.bold,
        italic: f.italic,
        size: f.fontSize,
        color: f.fontColor ? { argb: argb(f.fontColor) } : undefined,
      };
    }
    if (f.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.fill) } };
    if (f.wrapText || f.horizontalAlignment) {
      const horizontal = f.horizontalAlignment?.toLowerCase() as ExcelJS.Alignment['horizontal'] | undefined;
      out.alignment = { wrapText: f.wrapText, horizontal };
    }
  }
  for (const [letters, points] of Object.entries(sheet.columnWidths))
    target.getColumn(letters).width = points / POINTS_PER_CHARACTER;
  for (const letters of sheet.hiddenColumns) target.getColumn(letters).hidden = true;
}

/**
 * The emulated workbook as .xlsx bytes, for the preview's Download: every sheet with its values, formulas (with their
 * shown results), number formats, fonts, fills, widths and frozen rows. Charts and conditional formats are left
 * out: the pack written into real Excel (or by `ops-review pack`) has them.
 */
export async function snapshotToXlsx(snapshot: BookSnapshot): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ops Review preview';
  for (const sheet of snapshot.sheets) addSheet(workbook, sheet);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
