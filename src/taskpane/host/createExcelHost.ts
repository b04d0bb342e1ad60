import { OfficeWorkbook } from '../../workbook/office/OfficeWorkbook';
import type { ExcelRun } from '../../workbook/office/ExcelApi';
import type { PaneHost } from '../session/PaneHost';
import { createRunner } from './createRunner';

/** The pane's host inside Excel: the Office.js adapter over the real `Excel.run`. The one place the pane uses `Excel`. */
export function createExcelHost(): PaneHost {
  const run: ExcelRun = (batch) => Excel.run((context) => batch(context));
  return { workbook: new OfficeWorkbook(run), runner: createRunner(), now: () => new Date() };
}
