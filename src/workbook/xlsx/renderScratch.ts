/**
 * Renders the add-in's own sheets (pack sheets, register, settings) into a fresh scratch workbook with ExcelJS,
 * through `writeSheetLayout` (the one place a layout becomes cells), and hands back each sheet's XML and the styles
 * they use. ExcelJS only ever writes this scratch: the user's workbook is never parsed into its model, so nothing it
 * does not model can be lost. The caller moves the parts into the user's package (`PackagePatch`).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseA1, settingsChunks, type SheetLayout } from '../../engine';
import { definedNames, type PrintName } from './definedNames';
import { writeSheetLayout } from './writeSheetLayout';
import { sheetParts } from './xlsxPackage';

/** One sheet to render: a layout, or the settings JSON (column A, one chunk a row). */
export type ScratchSheet = { readonly layout: SheetLayout } | { readonly settingsJson: string };

/** What the scratch holds: the XML of each sheet (in the order asked), its `styles.xml` and its shared strings. */
export interface Scratch {
  readonly sheets: readonly string[];
  readonly styles: string;
  /** The inner XML of each `<si>` of the scratch's shared strings, which the sheets' `t="s"` cells index. */
  readonly strings: readonly string[];
  /** Each sheet's print names (repeated title rows, print area) as ExcelJS wrote them, without the sheet. */
  readonly printNames: readonly (readonly PrintName[])[];
}

/** The print names of the scratch's sheet `index` (0-based), references stripped of their scratch sheet name. */
function printNamesOf(workbookXml: string, index: number): PrintName[] {
  return definedNames(workbookXml)
    .filter((n) => n.localSheetId === index && n.name.startsWith('_xlnm.Print_'))
    .map((n) => ({ name: n.name, references: n.text.split(',').map((r) => r.replace(/^.*!/, '')) }));
}

/** Every cell of the A1 range `range` ("R6:R20"). */
function cellsOf(range: string): { row: number; column: number }[] {
  const [from, to] = range.split(':');
  const a = parseA1(from ?? '');
  const b = parseA1(to ?? from ?? '') ?? a;
  if (!a || !b) return [];
  const cells: { row: number; column: number }[] = [];
  for (let r = a.row; r <= b.row; r += 1)
    for (let c = a.column; c <= b.column; c += 1) cells.push({ row: r, column: c });
  return cells;
}

/** The entry columns (Commentary, Owner, Action, Due) stay unlocked when the sheet is protected. */
function unlockEntries(sheet: ExcelJS.Worksheet, layout: SheetLayout): void {
  for (const region of layout.editable) {
    for (const column of region.columns) {
      for (const { row, column: c } of cellsOf(column.range)) {
        sheet.getCell(row + 1, c + 1).protection = { locked: false };
      }
    }
  }
}

/** Renders `sheets` (see the module comment). */
export async function renderScratch(sheets: readonly ScratchSheet[]): Promise<Scratch> {
  const workbook = new ExcelJS.Workbook();
  sheets.forEach((item, index) => {
    const sheet = workbook.addWorksheet(`S${index + 1}`);
    if ('layout' in item) {
      writeSheetLayout(sheet, item.layout);
      unlockEntries(sheet, item.layout);
    } else {
      settingsChunks(item.settingsJson).forEach((chunk, i) => {
        sheet.getCell(i + 1, 1).value = chunk;
      });
    }
  });
  const bytes = await workbook.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  const xml = await Promise.all(
    sheets.map(async (_, index) => (await zip.file(parts.get(`S${index + 1}`) ?? '')?.async('string')) ?? ''),
  );
  const shared = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
  const strings = [...shared.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? '');
  const book = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  return {
    sheets: xml,
    styles: (await zip.file('xl/styles.xml')?.async('string')) ?? '',
    strings,
    printNames: sheets.map((_, index) => printNamesOf(book, index)),
  };
}
