import { readWorkbook } from '../../../src/engine/read/readWorkbook';
import { gridOf } from './gridOf';

describe('total, summary and note rows in KPI, SWOT and objectives tables', () => {
  it('leaves the IFE and EFE totals under a SWOT table out, without errors', () => {
    // David's convention (Strategic Management, IFE/EFE matrices): the weighted totals sit under the factors.
    const read = readWorkbook([
      gridOf('SWOT', [
        ['Factor', 'Category', 'Weight', 'Rating', 'Weighted score'],
        ['Dense depot network', 'Strength', 0.3, 4, 1.2],
        ['Manual warehouse system', 'Weakness', 0.2, 1, 0.2],
        ['Total weighted score - internal (IFE)', null, 0.5, null, 1.4],
        ['E-commerce growth', 'Opportunity', 0.3, 3, 0.9],
        ['Diesel price rises', 'Threat', 0.2, 2, 0.4],
        ['Total weighted score - external (EFE)', null, 0.5, null, 1.3],
        ['* Ratings 1-4: 1 = major weakness, 4 = major strength'],
      ]),
    ]);
    expect(read.swot.map((s) => s.factor)).toEqual([
      'Dense depot network',
      'Manual warehouse system',
      'E-commerce growth',
      'Diesel price rises',
    ]);
    expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const left = read.excludedRows.filter((e) => e.sheet === 'SWOT').map((e) => [e.row, e.reason, e.detail]);
    expect(left).toEqual([
      [4, 'subtotal', 'summary row of the SWOT table'],
      [7, 'subtotal', 'summary row of the SWOT table'],
      [8, 'section', 'footnote'],
    ]);
  });

  it('leaves a KPI table total and footnote out, and keeps KPIs whose names start like totals', () => {
    const read = readWorkbook([
      gridOf('KPIs', [
        ['KPI', 'Unit', 'Direction', 'Target', 'Weight', 'Jan-26', 'Feb-26'],
        ['On-time delivery', '%', 'Higher', 0.95, 0.5, 0.93, 0.94],
        ['Total cost per delivery', '$', 'Lower', 42, 0.3, 44, 43],
        ['Average order value', '$', 'Higher', 1200, 0.2, 1150, 1210],
        ['Total', null, null, null, 1, null, null],
        ['Weighted score', null, null, null, null, 0.81, 0.86],
        ['Note: on-time delivery is measured at the customer dock'],
      ]),
    ]);
    expect(read.kpis.map((k) => k.name)).toEqual([
      'On-time delivery',
      'Total cost per delivery',
      'Average order value',
    ]);
    expect(read.kpis.every((k) => k.perspective === null)).toBe(true);
    const left = read.excludedRows.filter((e) => e.sheet === 'KPIs').map((e) => [e.row, e.reason]);
    expect(left).toEqual([
      [5, 'total'],
      [6, 'total'],
      [7, 'section'],
    ]);
  });

  it('leaves an objectives total out instead of reading it as an objective', () => {
    const read = readWorkbook([
      gridOf('Objectives', [
        ['Objective', 'Annual target', 'Unit', 'Owner', 'Phasing'],
        ['Win new contracts', 6, 'count', 'CD', 'Even'],
        ['Cut empty running', 120_000, 'km', 'Fleet', 'Seasonal'],
        ['Total', 120_006, null, null, null],
        ['(1) Targets agreed at the March board'],
      ]),
    ]);
    expect(read.objectives.map((o) => o.name)).toEqual(['Win new contracts', 'Cut empty running']);
    expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('no invented facts', () => {
  it('reports no fiscal year for a workbook without dated figures', () => {
    const read = readWorkbook([
      gridOf('Contacts', [
        ['Name', 'Phone'],
        ['Ann Lee', '555 0101'],
      ]),
    ]);
    expect(read.fiscalYearKnown).toBe(false);
    const notes = readWorkbook([gridOf('Cover', [['Northwind Logistics'], ['Monthly review pack']])]).diagnostics;
    expect(notes.find((d) => d.code === 'sheet-not-used')?.message).toMatch(
      /^Nothing on "Cover" was read: it has no table/,
    );
    expect(read.diagnostics.find((d) => d.code === 'no-periods')).toBeDefined();
    const dated = readWorkbook([
      gridOf('Budget', [
        ['Account', 'Jan-26', 'Feb-26'],
        ['Rent', 10, 10],
      ]),
    ]);
    expect(dated.fiscalYearKnown).toBe(true);
  });

  it('does not call two "Item | Amount" lists a SWOT table, and says why they are not used', () => {
    const read = readWorkbook([
      gridOf('Capex', [
        ['Item', 'Amount'],
        ['Forklift', 28_000],
        ['Racking', 41_500],
        ['Dock leveller', 9_800],
        [],
        ['Item', 'Amount'],
        ['Laptops', 12_400],
        ['Telematics', 15_000],
      ]),
    ]);
    // Found as one table or two (the second header has only two column names), never as SWOT.
    expect(read.tables.length).toBeGreaterThan(0);
    expect(read.tables.every((t) => t.role === 'unknown')).toBe(true);
    expect(read.swot).toEqual([]);
    expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const notes = read.diagnostics.filter((d) => d.code === 'table-not-recognised');
    expect(notes).toHaveLength(read.tables.length);
    expect(notes[0].message).toMatch(/is not used: it looks most like a SWOT table \(a factor column\), but no column/);
    expect(read.tables[0].reason).toMatch(/^Not used: /);
  });
});
