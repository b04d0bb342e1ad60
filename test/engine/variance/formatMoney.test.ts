import { formatMoney, formatPercent } from '../../../src/engine/variance/formatMoney';

describe('formatMoney', () => {
  it.each([
    [950, '$950'],
    [999.4, '$999'],
    [999.6, '$1.0k'],
    [120400, '$120.4k'],
    [999960, '$1.0m'],
    [1234567, '$1.2m'],
    [3.04e9, '$3.0bn'],
    [-5000, '-$5.0k'],
    [0.2, '$0'],
  ])('formats %p as %p', (value, text) => {
    expect(formatMoney(value, '$')).toBe(text);
  });

  it('signs on request and leaves the symbol out when the workbook shows none', () => {
    expect(formatMoney(120400, '$', true)).toBe('+$120.4k');
    expect(formatMoney(-61000, '', true)).toBe('-61.0k');
    expect(formatMoney(0, '€', true)).toBe('€0');
  });

  it('writes percentages as magnitudes with one decimal', () => {
    expect(formatPercent(0.042)).toBe('4.2 %');
    expect(formatPercent(-0.1)).toBe('10.0 %');
  });
});
