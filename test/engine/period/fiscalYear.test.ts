import {
  fiscalLabelYear,
  fiscalMonthToPeriod,
  fiscalYearOf,
  makeFiscalYear,
} from '../../../src/engine/period/fiscalYear';
import { addMonths } from '../../../src/engine/period/months';

describe('fiscalYearOf', () => {
  it('labels a fiscal year after the calendar year it ends in', () => {
    // April start: February 2026 belongs to April 2025 - March 2026, which ends in 2026.
    const fy = fiscalYearOf('2026-02', 4);
    expect(fy.label).toBe('FY2026');
    expect(fy.periods[0]).toBe('2025-04');
    expect(fy.periods[11]).toBe('2026-03');
    // April 2026 starts the next one.
    expect(fiscalYearOf('2026-04', 4).label).toBe('FY2027');
    expect(fiscalYearOf('2026-10', 1).periods).toHaveLength(12);
  });
});

describe('fiscalLabelYear', () => {
  it('is the year in the label of the fiscal year holding the month', () => {
    // April start: March 2026 closes FY2026, April 2026 opens FY2027 (the year in which each ends).
    expect(fiscalLabelYear('2026-03', 4)).toBe(2026);
    expect(fiscalLabelYear('2026-04', 4)).toBe(2027);
    expect(fiscalLabelYear('2026-12', 1)).toBe(2026);
  });

  it('agrees with fiscalYearOf for every start month and every month of two years', () => {
    for (let start = 1; start <= 12; start++) {
      for (let i = 0; i < 24; i++) {
        const period = addMonths('2025-01', i);
        const fy = fiscalYearOf(period, start);
        expect(fy.label).toBe(`FY${fiscalLabelYear(period, start)}`);
        expect(fy.periods).toContain(period);
        expect(fy.periods[0].slice(5)).toBe(String(start).padStart(2, '0'));
      }
    }
  });
});

describe('makeFiscalYear', () => {
  it('lists the twelve months from the start month of the year before the label year', () => {
    expect(makeFiscalYear(2026, 7).periods).toEqual([
      ...['07', '08', '09', '10', '11', '12'].map((m) => `2025-${m}`),
      ...['01', '02', '03', '04', '05', '06'].map((m) => `2026-${m}`),
    ]);
    expect(fiscalMonthToPeriod(2026, 1, 12)).toBe('2026-12');
  });
});
