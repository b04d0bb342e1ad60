import ExcelJS from 'exceljs';
import { writeFinanceSheet } from './financeSheet';
import { writeKpiSheet, writeObjectivesSheet, writeSwotSheet } from './scorecardSheets';
import { fixZipDates } from './fixZipDates';
import { writeFunctionsSheet } from './functionsSheet';

/** Workbook properties are fixed so that two runs write the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2026, 6, 6, 9, 0, 0));

/**
 * Builds the Northwind Logistics sample workbook: budget, actuals and prior year, KPIs, SWOT and objectives, and a
 * last sheet of OPSREVIEW custom-function formulas on those figures.
 */
export function buildSampleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ops Review examples';
  workbook.lastModifiedBy = 'Ops Review examples';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  writeFinanceSheet(workbook.addWorksheet('Budget FY26'), 'budget');
  writeFinanceSheet(workbook.addWorksheet('Actuals FY26'), 'actual');
  writeFinanceSheet(workbook.addWorksheet('Prior year'), 'prior');
  writeKpiSheet(workbook.addWorksheet('KPIs'));
  writeSwotSheet(workbook.addWorksheet('SWOT'));
  writeObjectivesSheet(workbook.addWorksheet('Objectives'));
  writeFunctionsSheet(workbook.addWorksheet('Functions'), workbook);
  return workbook;
}

/** The sample workbook as .xlsx bytes, byte-stable across runs. */
export async function sampleWorkbookBytes(): Promise<Buffer> {
  const bytes = await buildSampleWorkbook().xlsx.writeBuffer();
  return fixZipDates(Buffer.from(bytes as ArrayBuffer), FIXED_DATE);
}
