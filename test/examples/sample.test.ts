import { readFileSync, statSync } from 'fs';
import { join } from 'path';
import { SECTIONS, monthlyBudget } from '../../examples/sampleData';
import { KPIS, OBJECTIVES, SWOT } from '../../examples/sampleScorecard';
import { sampleWorkbookBytes } from '../../examples/sampleWorkbook';
import type { WorkbookRead } from '../../src/engine/read/WorkbookRead';
import { readWorkbook } from '../../src/engine/read/readWorkbook';
import { readXlsxGrids } from '../../src/workbook/xlsx/readXlsx';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample-ops-review.xlsx');

describe('the sample workbook', () => {
  let read: WorkbookRead;
  beforeAll(async () => {
    read = readWorkbook(await readXlsxGrids(SAMPLE));
  });

  it('is what the generator writes, byte for byte, and stays small', async () => {
    const first = await sampleWorkbookBytes();
    const second = await sampleWorkbookBytes();
    expect(second.equals(first)).toBe(true);
    expect(readFileSync(SAMPLE).equals(first)).toBe(true);
    expect(statSync(SAMPLE).size).toBeLessThan(100 * 1024);
  });

  it('reads back with the expected tables', () => {
    expect(read.tables.map((t) => [t.sheet, t.role, t.layout, t.scenarios.join('+')])).toEqual([
      ['Budget FY26', 'finance', 'wide', 'budget'],
      ['Actuals FY26', 'finance', 'wide', 'actual'],
      ['Prior year', 'finance', 'wide', 'priorYear'],
      ['KPIs', 'kpi', 'wide', ''],
      ['SWOT', 'swot', null, ''],
      ['Objectives', 'objectives', null, ''],
    ]);
    expect(read.tables[3].tableName).toBe('KpiTable');
    expect(read.fiscalYear).toMatchObject({ label: 'FY2026', startMonth: 1 });
    expect(read.lastActualPeriod).toBe('2026-06');
  });

  it('reads the figures the generator put in', () => {
    const lines = SECTIONS.flatMap((s) => s.lines);
    const budget = read.facts.filter((f) => f.scenario === 'budget');
    // 16 lines x 12 months of budget and prior year; 16 x 6 months of actuals less the one #N/A.
    expect(budget).toHaveLength(lines.length * 12);
    expect(read.facts.filter((f) => f.scenario === 'priorYear')).toHaveLength(lines.length * 12);
    expect(read.facts.filter((f) => f.scenario === 'actual')).toHaveLength(lines.length * 6 - 1);
    const revenue = SECTIONS[0].lines.flatMap(monthlyBudget).reduce((s, a) => s + a, 0);
    expect(budget.filter((f) => f.type === 'revenue').reduce((s, f) => s + f.amount, 0)).toBe(revenue);
    expect(new Set(budget.map((f) => f.department))).toEqual(new Set(lines.map((l) => l.department)));
    expect(
      read.facts.find((f) => f.scenario === 'actual' && f.account === 'Tyres' && f.period === '2026-03')?.amount,
    ).toBe(-1200);
    expect(read.kpis).toHaveLength(KPIS.length);
    expect(read.swot).toHaveLength(SWOT.length);
    expect(read.objectives).toHaveLength(OBJECTIVES.length);
  });

  it('leaves out titles, sections, subtotals, derived rows and notes', () => {
    const budgetRows = read.excludedRows.filter((e) => e.sheet === 'Budget FY26');
    expect(budgetRows.map((e) => e.reason)).toEqual([
      'header',
      'header',
      'section',
      'subtotal',
      'section',
      'subtotal',
      'subtotal',
      'section',
      'subtotal',
      'subtotal',
      'blank',
      'section',
    ]);
  });

  it('shows its three planted defects as diagnostics with their cells', () => {
    expect(read.diagnostics.map((d) => [d.severity, d.sheet, d.cell, d.code])).toEqual([
      ['error', 'Actuals FY26', 'H7', 'error-value'],
      ['info', 'Actuals FY26', 'F15', 'number-as-text'],
      ['error', 'KPIs', 'P6', 'text-in-number'],
      // The Functions sheet shows OPSREVIEW formulas on the figures above; it is no table to read, and says so.
      ['info', 'Functions', null, 'sheet-not-used'],
    ]);
  });
});
