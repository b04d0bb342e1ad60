import type { Grid } from '../../../src/engine/grid/Grid';
import { detectCurrency } from '../../../src/engine/variance/detectCurrency';

const grid = (formats: string[]): Grid => ({
  sheet: 'Budget',
  address: 'A1',
  values: [formats.map(() => 1)],
  numberFormats: [formats],
});

describe('detectCurrency', () => {
  it('finds bare, quoted and locale-tagged symbols, the most used winning', () => {
    expect(detectCurrency([grid(['"$"#,##0', '$#,##0.00', '[$€-407] #,##0'])])).toBe('$');
    expect(detectCurrency([grid(['#,##0 [$€-407]', '#,##0 [$€-407]', '£#,##0'])])).toBe('€');
    expect(detectCurrency([grid(['[$CHF-807] #,##0'])])).toBe('CHF');
  });

  it('invents no currency for plain formats or locale-only tags', () => {
    expect(detectCurrency([grid(['#,##0;(#,##0);"-"', '0.0%', '[$-409]mmm-yy', 'General'])])).toBe('');
    expect(detectCurrency([{ sheet: 'S', address: 'A1', values: [[1]] }])).toBe('');
  });
});
