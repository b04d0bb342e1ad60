import { join } from 'path';
import { analyze } from '../../../src/engine/analyze/analyze';
import { buildPack } from '../../../src/engine/pack/buildPack';
import { readWorkbook } from '../../../src/engine/read/readWorkbook';
import { AnalysisResultSchema } from '../../../src/engine/results/AnalysisResult';
import { readXlsxGrids } from '../../../src/workbook/xlsx/readXlsx';
import { NA, gridOf } from '../read/gridOf';

const MONTHS = [
  'Jan-26',
  'Feb-26',
  'Mar-26',
  'Apr-26',
  'May-26',
  'Jun-26',
  'Jul-26',
  'Aug-26',
  'Sep-26',
  'Oct-26',
  'Nov-26',
  'Dec-26',
];

/** Freight revenue budgeted at 1,000 a month; its February actual is #N/A, January 900 and March 1,100. */
const workbook = [
  gridOf('Budget FY26', [
    ['Account', ...MONTHS],
    ['Freight revenue', ...MONTHS.map(() => 1000)],
    ['Rent', ...MONTHS.map(() => 400)],
  ]),
  gridOf('Actuals FY26', [
    ['Account', 'Jan-26', 'Feb-26', 'Mar-26'],
    ['Freight revenue', 900, NA, 1100],
    ['Rent', 400, 400, 400],
  ]),
  gridOf('KPIs', [
    ['KPI', 'Unit', 'Direction', 'Target', 'Jan-26', 'Feb-26', 'Mar-26'],
    ['Net promoter score', 'score', 'Higher', 40, 36, 38, 'tbd'],
    ['On-time delivery', '%', 'Higher', 0.95, 0.93, 0.94, 0.96],
  ]),
];

describe('data quality travels with the figures', () => {
  const read = readWorkbook(workbook);

  it('compares like for like by default: the #N/A month leaves its budget out of the line', () => {
    const result = analyze(read, { forecasts: false });
    const freight = result.variance.lines.find((l) => l.account === 'Freight revenue');
    // YTD March: actual 900 + 1,100 = 2,000 against budget 1,000 (Jan) + 1,000 (Mar) = 2,000, February's left out:
    // no variance. Without like for like it would be 2,000 against 3,000 = -1,000 (-33.3 %), all from one #N/A.
    expect(freight?.ytd).toMatchObject({ budget: 2000, actual: 2000, variance: 0 });
    expect(freight?.qtd).toMatchObject({ budget: 2000, actual: 2000 });
    expect(freight?.month).toMatchObject({ budget: 1000, actual: 1100 });
    expect(freight?.quality?.issues).toEqual([
      {
        sheet: 'Actuals FY26',
        cell: 'C2',
        issue: 'error-value',
        shown: '#N/A',
        period: '2026-02',
        text: "Actuals FY26!C2 shows #N/A where the February 2026 actual should be; that month's budget (1,000) is left out of the line's QTD and YTD too, so it compares like for like.",
      },
    ]);
    expect(result.variance.lines.find((l) => l.account === 'Rent')?.quality).toBeUndefined();
    // The roll-ups (the headline) carry the mark of their lines: revenue and the total, not expenses.
    const marked = result.variance.rollups.filter((r) => r.quality !== undefined).map((r) => r.key);
    expect(marked).toEqual(expect.arrayContaining(['revenue', 'total']));
    expect(marked).not.toContain('expense');
    expect(result.dataQuality?.likeForLike).toBe(true);
    expect(result.dataQuality?.statement).toMatch(/Like for like: /);
    expect(() => AnalysisResultSchema.parse(result)).not.toThrow();
  });

  it('counts the unreadable month as 0 against the full budget when like for like is off, and says so', () => {
    const result = analyze(read, { forecasts: false, likeForLike: false });
    const freight = result.variance.lines.find((l) => l.account === 'Freight revenue');
    // 900 + 0 + 1,100 = 2,000 against 3 x 1,000 = 3,000: -1,000, -33.3 %.
    expect(freight?.ytd).toMatchObject({ budget: 3000, actual: 2000, variance: -1000 });
    expect(freight?.quality?.issues[0].text).toMatch(/it counts as 0 against that month's budget \(1,000\)/);
    expect(result.dataQuality).toMatchObject({ likeForLike: false });
    expect(result.dataQuality?.statement).toMatch(/Not like for like: /);
  });

  it("marks a KPI whose actual is an earlier month's value because this month's cell holds a word", () => {
    const result = analyze(read, { forecasts: false });
    const nps = result.kpis.find((k) => k.name === 'Net promoter score');
    expect(nps?.actual).toBe(38);
    expect(nps?.quality?.issues).toEqual([
      expect.objectContaining({
        sheet: 'KPIs',
        cell: 'G2',
        issue: 'text-in-number',
        shown: 'tbd',
        period: '2026-03',
        text: 'KPIs!G2 shows "tbd" where the March 2026 value of Net promoter score should be; February 2026\'s 38 is shown as the latest actual instead.',
      }),
    ]);
    expect(result.kpis.find((k) => k.name === 'On-time delivery')?.quality).toBeUndefined();
    expect(result.dataQuality?.issues.map((i) => [i.figure, `${i.sheet}!${i.cell}`])).toEqual([
      ['Freight revenue', 'Actuals FY26!C2'],
      ['Net promoter score', 'KPIs!G2'],
    ]);
  });

  it('marks a KPI carried over a blank month too', () => {
    const blank = readWorkbook([
      gridOf('KPIs', [
        ['KPI', 'Unit', 'Direction', 'Target', 'Jan-26', 'Feb-26', 'Mar-26'],
        ['Net promoter score', 'score', 'Higher', 40, 36, 38, null],
      ]),
      workbook[1],
    ]);
    const nps = analyze(blank, { forecasts: false, period: '2026-03' }).kpis[0];
    expect(nps.quality?.issues).toEqual([
      expect.objectContaining({ issue: 'carried-forward', shown: '', period: '2026-03', cell: 'A2' }),
    ]);
  });

  it('lists the cells in a data-quality block on the pack Summary', () => {
    const result = analyze(read, { forecasts: false });
    const summary = buildPack(result, { generatedAt: '2026-04-03T09:15:00Z', author: 'J. Smith' }).sheets.find(
      (s) => s.key === 'summary',
    );
    const blocks = summary?.blocks ?? [];
    const note = blocks.find((b) => b.kind === 'note' && b.heading === 'Data quality');
    expect(note).toBeDefined();
    const table = blocks.find((b) => b.kind === 'table' && b.id === 'summary-data-quality');
    expect(table?.kind === 'table' ? table.rows.map((r) => [r.values.cell, r.values.shown]) : []).toEqual([
      ['Actuals FY26!C2', '#N/A'],
      ['KPIs!G2', 'tbd'],
    ]);
  });
});

describe('the sample workbook, like for like', () => {
  it("no longer lets the #N/A at Actuals FY26!H7 turn June's YTD revenue headline or suggest a SWOT factor", async () => {
    const read = readWorkbook(
      await readXlsxGrids(join(__dirname, '..', '..', '..', 'examples', 'sample-ops-review.xlsx')),
    );
    const result = analyze(read, { period: '2026-06' });
    const revenue = result.variance.rollups.find((r) => r.by === 'type' && r.key === 'revenue');
    // H7 is Fuel surcharge income's May actual. Like for like leaves May's budget of 51,667 out of that line's YTD:
    // revenue YTD budget 6,030,892 - 51,667 = 5,979,225 against actual 5,986,781, +7,556 (+0.1 %), where before it
    // read 5,986,781 against 6,030,892, -44,111 (-0.7 %) "mainly Fuel surcharge income".
    expect(revenue?.ytd).toMatchObject({ budget: 5_979_225, actual: 5_986_781, variance: 7_556 });
    const off = analyze(read, { period: '2026-06', forecasts: false, likeForLike: false });
    expect(off.variance.rollups.find((r) => r.by === 'type' && r.key === 'revenue')?.ytd).toMatchObject({
      budget: 6_030_892,
      variance: -44_111,
    });
    expect(result.variance.narrative[0].text).toMatch(/^Revenue is 0.1 % above budget YTD/);
    expect(revenue?.quality?.issues.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Actuals FY26!H7']);
    expect(result.swot?.suggestions.some((s) => /Fuel surcharge/.test(s.factor))).toBe(false);
  });
});
