/**
 * The writes that make a pack sheet print well in Excel: row heights, merged note cells, and the page layout
 * (ExcelApi 1.9: landscape, one page wide, margins, print area, title rows repeated on every page, a footer with
 * page numbers, and the layout's page breaks). The same page setup the .xlsx writer puts in the file, so a pack
 * refreshed in Excel prints as one written by `ops-review pack`.
 *
 * These members are not in the project's `ExcelApi` subset (the in-memory fake does not emulate printing), so they
 * are reached through {@link PrintableWorksheet}, whose fit to the real API is proved at compile time below; a
 * worksheet without them (the fake) gets no print setup and loses nothing else.
 */
import type { PageSetup, SheetLayout } from '../../engine';
import type { ExcelContext, ExcelWorksheet } from './ExcelApi';
import { estimateBytes, type QueuedWrite } from './WriteBatch';

/** `Worksheet.pageLayout` (ExcelApi 1.9), the part the pack sets. */
export interface PrintPageLayout {
  orientation: Excel.PageLayout['orientation'];
  zoom: Excel.PageLayoutZoomOptions;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  readonly headersFooters: {
    readonly defaultForAllPages: { leftFooter: string; centerFooter: string; rightFooter: string };
  };
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
}

/** The print members of a worksheet: page layout, page breaks (ExcelApi 1.9), row heights and merges (1.1, 1.2). */
export interface PrintableWorksheet {
  readonly pageLayout: PrintPageLayout;
  readonly horizontalPageBreaks: { add(pageBreakRange: string): unknown; removePageBreaks(): void };
  getRange(address?: string): {
    readonly format: { rowHeight: number };
    merge(across?: boolean): void;
    unmerge(): void;
  };
}

/** True when `sheet` can be set up for print (real Excel; not the in-memory fake). */
export function isPrintable(sheet: ExcelWorksheet): sheet is ExcelWorksheet & PrintableWorksheet {
  return 'pageLayout' in sheet && 'horizontalPageBreaks' in sheet;
}

/** Header and footer text: "&" starts a code, so a literal one is doubled. */
const footerText = (text: string): string => text.replace(/&/g, '&&');

const INCH = 72;

function setPage(sheet: PrintableWorksheet, print: PageSetup): void {
  const page = sheet.pageLayout;
  page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // Exactly one page wide, as many tall as the content needs (an empty vertical fit).
  page.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
  page.leftMargin = print.margins.left * INCH;
  page.rightMargin = print.margins.right * INCH;
  page.topMargin = print.margins.top * INCH;
  page.bottomMargin = print.margins.bottom * INCH;
  page.headerMargin = print.margins.header * INCH;
  page.footerMargin = print.margins.footer * INCH;
  page.setPrintArea(print.printArea);
  if (print.titleRows > 0) page.setPrintTitleRows(`$1:$${print.titleRows}`);
  const footer = page.headersFooters.defaultForAllPages;
  footer.leftFooter = `&8${footerText(print.footerLeft)}`;
  footer.centerFooter = `&8${footerText(print.footerCentre)}`;
  footer.rightFooter = '&8Page &P of &N';
  sheet.horizontalPageBreaks.removePageBreaks();
  // Office.js breaks before a cell; the layout counts the row after which the page ends.
  for (const row of print.rowBreaks) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}

/** The print writes of `layout` on the tab `sheetName`: one queued write, skipped where printing is not emulated. */
export function queuePageLayout(sheetName: string, layout: SheetLayout): QueuedWrite[] {
  const heights = layout.rowHeights ?? [];
  const merges = layout.merges ?? [];
  if (!layout.print && heights.length === 0 && merges.length === 0) return [];
  return [
    {
      bytes: estimateBytes([heights, merges, layout.print ?? null], 14 + heights.length + merges.length),
      queue: (context: ExcelContext) => {
        const found = context.workbook.worksheets.getItem(sheetName);
        if (!isPrintable(found)) return;
        const sheet: PrintableWorksheet = found;
        for (const { row, height } of heights) sheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = height;
        // A refreshed sheet may still hold the previous pack's merges, which would swallow the new cells.
        sheet.getRange().unmerge();
        for (const range of merges) sheet.getRange(range).merge(false);
        if (layout.print) setPage(sheet, layout.print);
      },
    },
  ];
}

// Compile-time proof that the real API fits: if Office.js changes a signature used here, this fails to build.
type Fits<T extends true> = T;
export type _RealPrintableFits = Fits<Excel.Worksheet extends PrintableWorksheet ? true : false>;
