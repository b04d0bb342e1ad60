import { monthName, periodLabel, shortPeriodLabel } from '../../../src/engine/period/periodLabel';

describe('month labels', () => {
  it('names a period in full, by its month, and in the short form of tables and messages', () => {
    expect(periodLabel('2026-03')).toBe('March 2026');
    expect(monthName('2026-12')).toBe('December');
    expect(shortPeriodLabel('2026-06')).toBe('Jun 2026');
    expect(shortPeriodLabel('2025-09')).toBe('Sep 2025');
  });

  it('returns what is not a period as it is, impossible months included', () => {
    for (const label of [periodLabel, monthName, shortPeriodLabel]) {
      expect(label('FY26')).toBe('FY26');
      expect(label('2026-13')).toBe('2026-13');
      expect(label('2026-00')).toBe('2026-00');
    }
  });
});
