/**
 * Writes one {@link SheetLayout} into an empty ExcelJS worksheet: values (text always as string cells), number
 * formats, styles, column widths, row heights, merged cells, conditional formats, the frozen title and the page
 * setup. Charts are added to the saved file
 * afterwards (ExcelJS does not write charts), see `addChartParts`.
 */
import type ExcelJS from 'exceljs';
import {
  type CellStyle,
  type ConditionalFormatRule,
  type PageSetup,
  parseA1,
  type SheetLayout,
  xlsxCellValue,
} from '../../engine';

const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;

interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** 1-based bounds of an A1 range ("B3" or "B3:D9"). */
function boundsOf(range: string): Bounds {
  const [from, to] = range.split(':');
  const a = parseA1(from ?? '') ?? { row: 0, column: 0 };
  const b = parseA1(to ?? from ?? '') ?? a;
  return { top: a.row + 1, left: a.column + 1, bottom: b.row + 1, right: b.column + 1 };
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold || style.italic || style.fontSize || style.fontColour) {
    cell.font = {
      ...cell.font,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.fontSize ? { size: style.fontSize } : {}),
      ...(style.fontColour ? { color: { argb: argb(style.fontColour) } } : {}),
    };
  }
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.border) {
    const thin = { style: 'thin' as const };
    cell.border = {
      ...cell.border,
      ...(style.border === 'bottomThin' ? { bottom: thin } : {}),
      ...(style.border === 'bottomMedium' ? { bottom: { style: 'medium' as const } } : {}),
      ...(style.border === 'topThin' ? { top: thin } : {}),
      ...(style.border === 'topDouble' ? { top: { style: 'double' as const } } : {}),
    };
  }
  if (style.horizontalAlignment || style.wrapText) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.horizontalAlignment ? { horizontal: style.horizontalAlignment } : {}),
      ...(style.wrapText ? { wrapText: true, vertical: 'top' as const } : {}),
    };
  }
}

function ruleOf(rule: ConditionalFormatRule, priority: number): ExcelJS.ConditionalFormattingRule {
  if (rule.type === 'dataBar') {
    const dataBar: ExcelJS.DataBarRuleType & { color: { argb: string } } = {
      type: 'dataBar',
      priority,
      cfvo: [{ type: 'min' }, { type: 'max' }],
      color: { argb: argb(rule.colour) },
    };
    return dataBar;
  }
  const style: Partial<ExcelJS.Style> = {
    font: { color: { argb: argb(rule.fontColour) } },
    ...(rule.fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } } } : {}),
  };
  if (rule.type === 'cellValue') {
    return { type: 'cellIs', priority, operator: rule.operator, formulae: [String(rule.value)], style };
  }
  // Exact match, not "contains": "Unfavourable" contains "Favourable". Quotes inside the text are doubled as in Excel.
  return { type: 'cellIs', priority, operator: 'equal', formulae: [`"${rule.text.replace(/"/g, '""')}"`], style };
}

/** Header and footer text is a small language of its own: "&" starts a code, so a literal one is doubled. */
const footerText = (text: string): string => text.replace(/&/g, '&&');

/**
 * Page setup through ExcelJS's worksheet API (pageSetup, headerFooter, row breaks), so it travels with the sheet
 * wherever the sheet is written: landscape, exactly one page wide and as many tall as needed (fitToHeight 0),
 * margins, print area, the title block repeated on every page, a footer, and the layout's page breaks.
 */
function writePageSetup(sheet: ExcelJS.Worksheet, print: PageSetup): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: 0,
    horizontalCentered: false,
    margins: { ...print.margins },
    printArea: print.printArea,
    ...(print.titleRows > 0 ? { printTitlesRow: `1:${print.titleRows}` } : {}),
  };
  sheet.headerFooter = {
    ...sheet.headerFooter,
    oddFooter: `&L&8${footerText(print.footerLeft)}&C&8${footerText(print.footerCentre)}&R&8Page &P of &N`,
  };
  for (const row of print.rowBreaks) sheet.getRow(row).addPageBreak();
}

/** Writes `layout` into `sheet`, which must be empty (freshly added). */
export function writeSheetLayout(sheet: ExcelJS.Worksheet, layout: SheetLayout): void {
  for (const block of layout.cells) {
    const { top, left } = boundsOf(block.range);
    block.values.forEach((row, r) => {
      row.forEach((value, c) => {
        const cell = sheet.getCell(top + r, left + c);
        cell.value = xlsxCellValue(value);
        const format = block.numberFormats[r]?.[c];
        if (format && format !== 'General') cell.numFmt = format;
      });
    });
  }
  for (const { range, style } of layout.styles) {
    const b = boundsOf(range);
    for (let r = b.top; r <= b.bottom; r += 1) {
      for (let c = b.left; c <= b.right; c += 1) applyStyle(sheet.getCell(r, c), style);
    }
  }
  for (const column of layout.columns) {
    const col = sheet.getColumn(column.column);
    col.width = column.width;
    if (column.hidden) col.hidden = true;
  }
  layout.conditionalFormats.forEach((format, index) => {
    sheet.addConditionalFormatting({ ref: format.range, rules: [ruleOf(format.rule, index + 1)] });
  });
  for (const { row, height } of layout.rowHeights ?? []) sheet.getRow(row + 1).height = height;
  for (const range of layout.merges ?? []) sheet.mergeCells(range);
  if (layout.freezeRows > 0) sheet.views = [{ state: 'frozen', ySplit: layout.freezeRows, xSplit: 0 }];
  if (layout.print) writePageSetup(sheet, layout.print);
  sheet.state = layout.visibility === 'veryHidden' ? 'veryHidden' : 'visible';
}
