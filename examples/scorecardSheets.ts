import type ExcelJS from 'exceljs';
import { COMPANY } from './sampleData';
import { KPIS, OBJECTIVES, SWOT } from './sampleScorecard';

const MONTH_HEADERS = ['Jan-26', 'Feb-26', 'Mar-26', 'Apr-26', 'May-26', 'Jun-26'];

/**
 * The KPI sheet: a title, then an Excel Table (ListObject) with KPI, perspective, owner, unit, direction, target or a
 * target range, green/amber attainment thresholds and monthly values January-June as text month headers.
 */
export function writeKpiSheet(sheet: ExcelJS.Worksheet): void {
  sheet.getCell('A1').value = `${COMPANY}: key performance indicators FY2026`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const headers = [
    'KPI',
    'Perspective',
    'Owner',
    'Unit',
    'Direction',
    'Target',
    'Target low',
    'Target high',
    'Green',
    'Amber',
    ...MONTH_HEADERS,
  ];
  sheet.addTable({
    name: 'KpiTable',
    ref: 'A3',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: false })),
    rows: KPIS.map((k) => [
      k.name,
      k.perspective,
      k.owner,
      k.unit,
      k.direction,
      k.target,
      k.low ?? null,
      k.high ?? null,
      1,
      0.95,
      ...k.values,
    ]),
  });
  KPIS.forEach((k, i) => {
    const row = sheet.getRow(4 + i);
    const format = k.unit === '%' ? '0.0%' : '#,##0.0';
    for (const c of [6, 7, 8, 11, 12, 13, 14, 15, 16]) row.getCell(c).numFmt = format;
    row.getCell(9).numFmt = '0%';
    row.getCell(10).numFmt = '0%';
  });
  sheet.getColumn(1).width = 38;
  sheet.getColumn(3).width = 24;
}

/** The SWOT sheet: factors with their category (in words or letters), weight, rating 1-5, owner and notes. */
export function writeSwotSheet(sheet: ExcelJS.Worksheet): void {
  sheet.getCell('A1').value = 'SWOT analysis, reviewed May 2026';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getRow(3).values = ['Factor', 'Category', 'Weight', 'Rating (1-4)', 'Owner', 'Notes'];
  sheet.getRow(3).font = { bold: true };
  SWOT.forEach((f, i) => {
    sheet.getRow(4 + i).values = [f.factor, f.category, f.weight, f.rating, f.owner, f.notes];
    sheet.getCell(4 + i, 3).numFmt = '0%';
  });
  sheet.getColumn(1).width = 42;
  sheet.getColumn(6).width = 44;
}

/** The objectives sheet: annual targets with unit, owner, phasing method, seasonal reference and custom profile. */
export function writeObjectivesSheet(sheet: ExcelJS.Worksheet): void {
  sheet.getCell('A1').value = 'Strategic objectives FY2026';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getRow(3).values = ['Objective', 'Annual target', 'Unit', 'Owner', 'Phasing', 'Seasonal reference', 'Profile'];
  sheet.getRow(3).font = { bold: true };
  OBJECTIVES.forEach((o, i) => {
    sheet.getRow(4 + i).values = [o.name, o.target, o.unit, o.owner, o.phasing, o.reference, o.profile];
    sheet.getCell(4 + i, 2).numFmt = '#,##0';
  });
  sheet.getColumn(1).width = 36;
}
