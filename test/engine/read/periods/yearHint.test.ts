import { resolveMonthOnly } from '../../../../src/engine/read/periods/resolveMonthOnly';
import { yearHint } from '../../../../src/engine/read/periods/yearHint';

describe('yearHint', () => {
  it.each([
    ['Budget FY26', 2026],
    ["Opex FY '25", 2025],
    ['FY 2027 plan', 2027],
    ['Actuals 2026', 2026],
    ['Budget', null],
    ['Cost centre 4100', null],
  ])('reads %s as %p', (text, year) => {
    expect(yearHint(text)).toBe(year);
  });
});

describe('resolveMonthOnly', () => {
  it('places a month name in the fiscal year labelled, counting from the start month', () => {
    // April start, FY2026 = Apr 2025 .. Mar 2026: "Jun" is June 2025, "Feb" February 2026.
    expect(resolveMonthOnly({ month: 6 }, 2026, 4)).toBe('2025-06');
    expect(resolveMonthOnly({ month: 2 }, 2026, 4)).toBe('2026-02');
    expect(resolveMonthOnly({ month: 12 }, 2026, 1)).toBe('2026-12');
  });

  it('reads a fiscal period number ("P03") from the fiscal start', () => {
    // P03 of FY2026 with an April start is June 2025.
    expect(resolveMonthOnly({ month: 3, fiscalIndex: true }, 2026, 4)).toBe('2025-06');
  });
});
