import { addMonths, isPeriod } from '../../../src/engine/period/months';
import { fiscalYearOf } from '../../../src/engine/period/fiscalYear';
import { windowsFor } from '../../../src/engine/variance/windows';

describe('addMonths', () => {
  it('crosses year ends both ways', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-10', -12)).toBe('2025-10');
  });

  it('names itself when the period is malformed', () => {
    expect(() => addMonths('2026-13', 1)).toThrow('addMonths requires a "YYYY-MM" period');
    expect(isPeriod('2026-13')).toBe(false);
    expect(isPeriod('2026-09')).toBe(true);
  });
});

describe('windowsFor', () => {
  it('cuts month, QTD, YTD and remaining months from the fiscal year', () => {
    // July start: FY2027 runs 2026-07..2027-06; November is month 5, in fiscal Q2 (Oct-Dec).
    const w = windowsFor('2026-11', fiscalYearOf('2026-11', 7));
    expect(w.month).toEqual(['2026-11']);
    expect(w.qtd).toEqual(['2026-10', '2026-11']);
    expect(w.ytd).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(w.remaining).toHaveLength(7);
    expect(w.remaining[0]).toBe('2026-12');
    // History is followed back from the month before the fiscal year, ten years at most.
    expect(w.earlier.slice(0, 2)).toEqual(['2026-06', '2026-05']);
    expect(w.earlier).toHaveLength(120);
    expect(w.earlier[119]).toBe('2016-07');
  });

  it('leaves nothing remaining in the last month', () => {
    const w = windowsFor('2026-12', fiscalYearOf('2026-12', 1));
    expect(w.remaining).toEqual([]);
    expect(w.qtd).toEqual(['2026-10', '2026-11', '2026-12']);
  });

  it('rejects a period outside the fiscal year (a caller bug)', () => {
    expect(() => windowsFor('2027-01', fiscalYearOf('2026-05', 1))).toThrow('windowsFor requires 2027-01');
  });
});
