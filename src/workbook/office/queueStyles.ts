/** The writes of a layout's styles, column widths and hidden columns, conditional formats and frozen rows. */
import type { CellStyle, ColumnFormat, ConditionalFormatRule, SheetLayout } from '../../engine';
import type { ExcelContext, ExcelRange } from './ExcelApi';
import { estimateBytes, type QueuedWrite } from './WriteBatch';

const hex = (rgb: string): string => `#${rgb}`;

/** Excel column width: characters of the default font → points ((7 px per character + 5 px padding) × 0.75). */
function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function applyStyle(range: ExcelRange, style: CellStyle): void {
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
  if (style.fontColour !== undefined) range.format.font.color = hex(style.fontColour);
  if (style.fill !== undefined) range.format.fill.color = hex(style.fill);
  if (style.wrapText !== undefined) range.format.wrapText = style.wrapText;
  if (style.horizontalAlignment !== undefined) {
    range.format.horizontalAlignment =
      style.horizontalAlignment === 'left' ? 'Left' : style.horizontalAlignment === 'center' ? 'Center' : 'Right';
  }
  if (style.border !== undefined) {
    const edge = range.format.borders.getItem(style.border.startsWith('top') ? 'EdgeTop' : 'EdgeBottom');
    edge.style = style.border === 'topDouble' ? 'Double' : 'Continuous';
    edge.weight = style.border === 'bottomMedium' ? 'Medium' : 'Thin';
  }
}

function applyRule(range: ExcelRange, rule: ConditionalFormatRule): void {
  if (rule.type === 'dataBar') {
    range.conditionalFormats.add('DataBar').dataBar.positiveFormat.fillColor = hex(rule.colour);
    return;
  }
  const format = range.conditionalFormats.add('CellValue').cellValue;
  format.rule =
    rule.type === 'cellValue'
      ? { formula1: String(rule.value), operator: rule.operator === 'lessThan' ? 'LessThan' : 'GreaterThan' }
      : // A text comparison is a formula whose quotes are doubled, the way Excel escapes them.
        { formula1: `="${rule.text.replace(/"/g, '""')}"`, operator: 'EqualTo' };
  format.format.font.color = hex(rule.fontColour);
  if (rule.fill !== undefined) format.format.fill.color = hex(rule.fill);
}

function columnWrite(sheetName: string, column: ColumnFormat): QueuedWrite {
  return {
    bytes: estimateBytes(column, 2),
    queue: (context) => {
      const range = context.workbook.worksheets.getItem(sheetName).getRange(`${column.column}1`);
      range.format.columnWidth = widthInPoints(column.width);
      if (column.hidden) range.columnHidden = true;
    },
  };
}

/** Every non-value write of `layout` on the tab `sheetName`. */
export function queueStyles(sheetName: string, layout: SheetLayout): QueuedWrite[] {
  const sheet = (context: ExcelContext) => context.workbook.worksheets.getItem(sheetName);
  return [
    ...layout.styles.map((s) => ({
      bytes: estimateBytes(s, 8),
      queue: (context: ExcelContext) => applyStyle(sheet(context).getRange(s.range), s.style),
    })),
    ...layout.columns.map((c) => columnWrite(sheetName, c)),
    ...layout.conditionalFormats.map((cf) => ({
      bytes: estimateBytes(cf, 5),
      queue: (context: ExcelContext) => applyRule(sheet(context).getRange(cf.range), cf.rule),
    })),
    ...(layout.freezeRows > 0
      ? [
          {
            bytes: estimateBytes(layout.freezeRows),
            queue: (context: ExcelContext) => sheet(context).freezePanes.freezeRows(layout.freezeRows),
          },
        ]
      : []),
  ];
}
