import { formatAmount, formatPct, formatPeriod, formatSignedAmount, formatValue } from '../../src/taskpane/format';

describe('pane formatting', () => {
  it('formats amounts, signed variances and percentages', () => {
    expect(formatAmount(12345.6)).toBe('12,346');
    expect(formatAmount(-0.4)).toBe('0');
    expect(formatSignedAmount(1200)).toBe('+1,200');
    expect(formatSignedAmount(-800)).toBe('-800');
    expect(formatPct(0.042)).toBe('4.2%');
    expect(formatPct(0.042, true)).toBe('+4.2%');
    expect(formatPct(null)).toBe('n/a');
  });

  it('formats KPI values with their unit and periods as months', () => {
    expect(formatValue(0.953, '%')).toBe('95.3%');
    expect(formatValue(42, 'days')).toBe('42 days');
    expect(formatValue(1200, '$')).toBe('$1,200');
    expect(formatValue(null, 'days')).toBe('n/a');
    expect(formatPeriod('2026-03')).toBe('Mar 2026');
    expect(formatPeriod('FY26')).toBe('FY26');
  });
});
