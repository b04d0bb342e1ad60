import type ExcelJS from 'exceljs';
import { isErrorCell, type Cell, type FunctionResult } from '../src/functions/FunctionFailure';
import { toExcel } from '../src/functions/toExcel';
import { forecastFunction } from '../src/functions/forecastFunction';
import { forecastStat } from '../src/functions/forecastStat';
import { ieCellFunction, ifeFunction } from '../src/functions/swotFunctions';
import { phaseFunction } from '../src/functions/phaseFunction';
import { varianceFunction } from '../src/functions/varianceFunction';

/** Month columns D (January) to O (December) of the finance sheets (see financeSheet.ts). */
const JANUARY = 4;
const JUNE = JANUARY + 5;

/**
 * How Excel stores a JavaScript custom function in a file: `_xldudf_` + namespace + name, dots as underscores (what
 * Excel writes for add-in functions; it shows the formula as OPSREVIEW.NAME once the add-in has registered it).
 */
const stored = (name: string): string => `_xldudf_OPSREVIEW_${name.replace(/\./g, '_')}`;

function column(n: number): string {
  return String.fromCharCode(64 + n);
}

/** Row and column of a one-letter A1 address such as "C4". */
function decode(at: string): { top: number; left: number } {
  return { top: Number(at.slice(1)), left: at.charCodeAt(0) - 64 };
}

/** The row of an account label in column B of a finance sheet. */
function rowOf(sheet: ExcelJS.Worksheet, account: string): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 2).value === account) return r;
  throw new Error(`functionsSheet: no "${account}" row on ${sheet.name}`);
}

function amounts(sheet: ExcelJS.Worksheet, row: number, from: number, to: number): unknown[] {
  const out: unknown[] = [];
  for (let c = from; c <= to; c++) {
    const v = sheet.getCell(row, c).value;
    out.push(typeof v === 'number' ? v : v === null ? '' : typeof v === 'string' ? v : { code: '#N/A' });
  }
  return out;
}

function cachedValue(cell: Cell): ExcelJS.CellValue {
  return isErrorCell(cell) ? { error: cell.error } : cell;
}

/**
 * Writes one formula with the values it returns: a single cell, or a legacy array formula over the spill range
 * (ExcelJS cannot write dynamic-array metadata; Excel evaluates a custom function the same way in both).
 */
function writeFormula(sheet: ExcelJS.Worksheet, at: string, formula: string, body: () => FunctionResult): void {
  const result = toExcel(null, body) as Cell | Cell[][];
  if (!Array.isArray(result)) {
    sheet.getCell(at).value = { formula, result: cachedValue(result) } as ExcelJS.CellFormulaValue;
    return;
  }
  const { top, left } = decode(at);
  const ref = `${at}:${column(left + result[0].length - 1)}${top + result.length - 1}`;
  // ExcelJS writes array formulas (its fourth argument) though its typings omit the argument.
  const fill = sheet.fillFormula.bind(sheet) as (range: string, f: string, r: unknown[][], type: 'array') => void;
  fill(
    ref,
    formula,
    result.map((cells) => cells.map(cachedValue)),
    'array',
  );
}

/**
 * The Functions sheet: the OPSREVIEW custom functions on this workbook's own figures, one example each, with the
 * formula written out beside it. The values are what the functions return for these figures, stored as the formulas'
 * cached results so the sheet reads the same before the add-in loads.
 */
export function writeFunctionsSheet(sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook): void {
  const budget = workbook.getWorksheet('Budget FY26');
  const actual = workbook.getWorksheet('Actuals FY26');
  const prior = workbook.getWorksheet('Prior year');
  if (!budget || !actual || !prior) throw new Error('functionsSheet: write the finance sheets first');
  const road = rowOf(budget, 'Road freight revenue');
  const fuel = rowOf(budget, 'Fuel');
  const june = column(JUNE);
  const priorRow = rowOf(prior, 'Road freight revenue');
  const priorRange = `'Prior year'!${column(JANUARY)}${priorRow}:${column(JANUARY + 11)}${priorRow}`;
  const priorRoad = amounts(prior, priorRow, JANUARY, JANUARY + 11);

  sheet.getCell('A1').value = 'Ops Review functions: the engine in formulas';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value =
    'These cells hold OPSREVIEW formulas, which need the Ops Review add-in; until it loads, Excel shows the values they last returned.';
  const examples: { label: string; text: string; at: string; formula: string; body: () => FunctionResult }[] = [
    {
      label: 'Road freight revenue, June: variance, variance %, favourable, material',
      text: `=OPSREVIEW.VARIANCE('Actuals FY26'!${june}${road},'Budget FY26'!${june}${road},"revenue")`,
      at: 'C4',
      formula: `${stored('VARIANCE')}('Actuals FY26'!${june}${road},'Budget FY26'!${june}${road},"revenue")`,
      body: () =>
        varianceFunction(
          [amounts(actual, road, JUNE, JUNE)],
          [amounts(budget, road, JUNE, JUNE)],
          'revenue',
          null,
          null,
        ),
    },
    {
      label: 'Fuel (an expense), June: the same four',
      text: `=OPSREVIEW.VARIANCE('Actuals FY26'!${june}${fuel},'Budget FY26'!${june}${fuel},"expense")`,
      at: 'C5',
      formula: `${stored('VARIANCE')}('Actuals FY26'!${june}${fuel},'Budget FY26'!${june}${fuel},"expense")`,
      body: () =>
        varianceFunction(
          [amounts(actual, fuel, JUNE, JUNE)],
          [amounts(budget, fuel, JUNE, JUNE)],
          'expense',
          null,
          null,
        ),
    },
    {
      label:
        'Road freight revenue: forecast of January-March from FY2025, with its 95 % interval (rows: forecast, lower, upper)',
      text: `=OPSREVIEW.FORECAST(${priorRange},3)`,
      at: 'C7',
      formula: `${stored('FORECAST')}(${priorRange},3)`,
      body: () => forecastFunction([priorRoad], 3, null, null),
    },
    {
      label: 'The method the engine chose for that forecast',
      text: `=OPSREVIEW.FORECAST.STAT(${priorRange},"method")`,
      at: 'C11',
      formula: `${stored('FORECAST.STAT')}(${priorRange},"method")`,
      body: () => forecastStat([priorRoad], 'method', null, null),
    },
    {
      label: 'Road freight target 8,400,000 phased like FY2025, January to December',
      text: `=OPSREVIEW.PHASE(8400000,${priorRange})`,
      at: 'C13',
      formula: `${stored('PHASE')}(8400000,${priorRange})`,
      body: () => phaseFunction(8400000, [priorRoad], null),
    },
    {
      label: "David's IFE of two factors: a major strength (0.6 x 4) and a major weakness (0.4 x 1)",
      text: '=OPSREVIEW.IFE({0.6;0.4},{4;1},{"S";"W"})',
      at: 'C15',
      formula: `${stored('IFE')}({0.6;0.4},{4;1},{"S";"W"})`,
      body: () => ifeFunction([[0.6], [0.4]], [[4], [1]], [['S'], ['W']]),
    },
    {
      label: 'Its IE matrix cell with an EFE of 3.10, and the strategy for that cell',
      text: '=OPSREVIEW.IECELL(C15,3.1) and =OPSREVIEW.IECELL(C15,3.1,"strategy")',
      at: 'C16',
      formula: `${stored('IECELL')}(C15,3.1)`,
      body: () => ieCellFunction(2.8, 3.1, null),
    },
  ];
  for (const example of examples) {
    const row = decode(example.at).top;
    sheet.getCell(row, 1).value = example.label;
    sheet.getCell(row, 2).value = example.text;
    writeFormula(sheet, example.at, example.formula, example.body);
  }
  writeFormula(sheet, 'D16', `${stored('IECELL')}(C15,3.1,"strategy")`, () => ieCellFunction(2.8, 3.1, 'strategy'));
  sheet.getCell('A8').value = 'lower bound';
  sheet.getCell('A9').value = 'upper bound';
  for (const r of [4, 5]) sheet.getCell(r, 4).numFmt = '0.0%';
  for (let r = 4; r <= 13; r++)
    for (const c of [3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]) {
      if (r !== 11 && !(r <= 5 && c >= 4)) sheet.getCell(r, c).numFmt = '#,##0';
    }
  sheet.getColumn(1).width = 60;
  sheet.getColumn(2).width = 40;
}
