import { dateToSerial } from '../../../../src/engine/read/periods/excelSerial';
import { parsePeriod } from '../../../../src/engine/read/periods/parsePeriod';

describe('parsePeriod', () => {
  it.each([
    ['Jan-26', '2026-01'],
    ['Jan 26', '2026-01'],
    ['Apr 26', '2026-04'],
    ["Apr'26", '2026-04'],
    ['Jan 2026', '2026-01'],
    ['January 2026', '2026-01'],
    ['Sept 2025', '2025-09'],
    ['Sep-2025', '2025-09'],
    ['DEC-25', '2025-12'],
    ['2026-01', '2026-01'],
    ['2026/03', '2026-03'],
    ['2026 Mar', '2026-03'],
    ['01/2026', '2026-01'],
    ['1/2026', '2026-01'],
    ['2026-01-31', '2026-01'],
    ['31/01/2026', '2026-01'], // day first
    ['01/31/2026', '2026-01'], // month first when the second number cannot be a month
    ['FY26 P01', '2026-01'],
    ['FY2026 P12', '2026-12'],
    ['P03 FY26', '2026-03'],
  ])('reads %j as %s', (text, period) => {
    expect(parsePeriod(text)).toEqual({ kind: 'month', period });
  });

  it.each([
    ['Q1 2026', '2026-03'],
    ['Q4-26', '2026-12'],
    ['2026 Q2', '2026-06'],
  ])('reads the calendar quarter %j onto its last month %s', (text, period) => {
    expect(parsePeriod(text)).toEqual({ kind: 'quarter', period });
  });

  it('counts fiscal periods and quarters from the fiscal year start', () => {
    // FY26 with an April start runs April 2025 to March 2026: P01 is April 2025, P10 January 2026.
    expect(parsePeriod('FY26 P01', 'General', { fiscalYearStartMonth: 4 })).toEqual({
      kind: 'month',
      period: '2025-04',
    });
    expect(parsePeriod('FY26 P10', 'General', { fiscalYearStartMonth: 4 })).toEqual({
      kind: 'month',
      period: '2026-01',
    });
    // Q1 FY26 with a July start is July-September 2025.
    expect(parsePeriod('Q1 FY26', 'General', { fiscalYearStartMonth: 7 })).toEqual({
      kind: 'quarter',
      period: '2025-09',
    });
  });

  it('reads dates by their number format', () => {
    const jan15 = dateToSerial(2026, 1, 15); // 46037 in Excel's 1900 date system
    expect(jan15).toBe(46037);
    expect(parsePeriod(jan15, 'mmm-yy')).toEqual({ kind: 'month', period: '2026-01' });
    expect(parsePeriod(jan15, 'dd/mm/yyyy')).toEqual({ kind: 'month', period: '2026-01' });
    expect(parsePeriod(jan15, 'General')).toBeNull();
    expect(parsePeriod(jan15, 'General', { serialWithoutFormat: true })).toEqual({ kind: 'month', period: '2026-01' });
    expect(parsePeriod(1200, 'General', { serialWithoutFormat: true })).toBeNull();
  });

  it('leaves the year of a bare month name to the caller', () => {
    expect(parsePeriod('Jan')).toEqual({ kind: 'monthOnly', month: 1 });
    expect(parsePeriod('September')).toEqual({ kind: 'monthOnly', month: 9 });
  });

  it.each([
    'Account',
    'Full year',
    'Total',
    'FY26',
    'Budget',
    'Q5 2026',
    '2026-13',
    'Marketing',
    'Mayday 2026',
    '',
    'P13 FY26',
  ])('does not take %j for a period', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe('parsePeriod on fiscal periods without a year', () => {
  it.each([
    ['P01', 1],
    ['P12', 12],
    ['Period 3', 3],
    ['M07', 7],
  ])('reads %j as fiscal month %i', (text, month) => {
    expect(parsePeriod(text)).toEqual({ kind: 'monthOnly', month, fiscalIndex: true });
  });

  it.each(['P13', 'P0', 'Period'])('does not take %j for a period', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});
