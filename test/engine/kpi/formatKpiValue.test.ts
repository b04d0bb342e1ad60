import { formatKpiValue } from '../../../src/engine/kpi/formatKpiValue';

describe('formatKpiValue', () => {
  it('writes no unit word for counts, scores and rates', () => {
    // The sample's units (examples/sampleScorecard.ts) once read "2.3 count", "38 score" and "1 rate".
    expect(formatKpiValue(2.3, 'count')).toBe('2.3');
    expect(formatKpiValue(38, 'score')).toBe('38');
    expect(formatKpiValue(1, 'rate')).toBe('1');
  });

  it('keeps units that are words of measure, currencies and per cent', () => {
    expect(formatKpiValue(4.3, 'hours')).toBe('4.3 hours');
    expect(formatKpiValue(1250, '$')).toBe('$1,250');
    expect(formatKpiValue(0.941, '%', true)).toBe('94.1 %');
  });
});
