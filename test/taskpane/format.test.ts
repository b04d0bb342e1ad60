import {
  axisTickFormat,
  formatAmount,
  formatCell,
  formatPct,
  formatPeriod,
  formatSignedAmount,
  formatValue,
  formatValues,
  unitHeading,
} from '../../src/taskpane/format';

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

  it('never shows a negative (or signed) zero: a figure that rounds to nothing has no sign', () => {
    expect(formatAmount(-0.4)).toBe('0');
    expect(formatAmount(-0)).toBe('0');
    expect(formatSignedAmount(0.4)).toBe('0');
    expect(formatPct(-0.00004)).toBe('0.0%');
    expect(formatPct(-0.00004, true)).toBe('0.0%');
    expect(formatPct(0.00004, true)).toBe('0.0%');
    expect(formatPct(-0.0006)).toBe('-0.1%');
    expect(formatValue(-0.001, '$')).toBe('$0.00');
    expect(formatValue(-0.004, '%')).toBe('-0.4%');
    expect(formatValue(-0.00001, '%')).toBe('0.0%');
    expect(formatValue(-0.01, 'hours')).toBe('0.0 hours');
    // Figures told apart by more decimals keep their sign; equal ones that round to zero lose it.
    expect(formatValues([-0.0001, 0], 'score')).toEqual(['-0.0001', '0.0000']);
    expect(formatValues([-0.00001, -0.00001], 'score')).toEqual(['0.0', '0.0']);
    expect(axisTickFormat(7)(-0.01)).toBe('0.0');
  });

  it('formats KPI values by their unit and periods as months', () => {
    expect(formatValue(0.953, '%')).toBe('95.3%');
    expect(formatValue(42, 'days')).toBe('42 days');
    expect(formatValue(4.3, 'hours')).toBe('4.3 hours');
    expect(formatValue(1200, '$')).toBe('$1,200');
    expect(formatValue(18.6, '$')).toBe('$18.60');
    expect(formatValue(-18.6, 'USD')).toBe('-$18.60');
    expect(formatValue(null, 'days')).toBe('n/a');
    expect(formatPeriod('2026-03')).toBe('Mar 2026');
    expect(formatPeriod('FY26')).toBe('FY26');
  });

  it('writes no unit word for counts, scores and rates (the issue\'s "2.3 count", "38 score", "1 rate")', () => {
    expect(formatValue(2.3, 'count')).toBe('2.3');
    expect(formatValue(38, 'score')).toBe('38');
    expect(formatValue(1, 'rate')).toBe('1');
  });

  it('shows figures compared with each other with the decimals that tell them apart', () => {
    // The sample's Cost per delivery: 18.6 against a target of 18.5 is amber; "$19 target $19" hid why.
    expect(formatValues([18.6, 18.5], '$')).toEqual(['$18.60', '$18.50']);
    expect(formatValues([18.62, 18.6], '$')).toEqual(['$18.62', '$18.60']);
    expect(formatValues([4.3, 4], 'hours')).toEqual(['4.3 hours', '4.0 hours']);
    expect(formatValues([0.9951, 0.995], '%')).toEqual(['99.51%', '99.50%']);
    expect(formatValues([0.86, 0.85], '%')).toEqual(['86%', '85%']);
    expect(formatValues([38, null], 'score')).toEqual(['38', 'n/a']);
  });

  it('leaves a unit word to the column heading in tables', () => {
    expect(formatCell(1, 'contracts')).toBe('1');
    expect(unitHeading('contracts')).toBe(' (contracts)');
    expect(formatCell(700000, '$')).toBe('$700,000');
    expect(unitHeading('$')).toBe('');
  });

  it('puts every tick of a chart axis on one scale', () => {
    const millions = axisTickFormat(8_400_000);
    expect([0, 339_000, 678_000, 1_400_000, 8_400_000].map(millions)).toEqual(['0', '0.3m', '0.7m', '1.4m', '8.4m']);
    const thousands = axisTickFormat(950_000);
    expect([0, 250_000, 950_000].map(thousands)).toEqual(['0', '250k', '950k']);
    expect([0, 2.5, 7].map(axisTickFormat(7))).toEqual(['0', '2.5', '7.0']);
  });
});
