import { phase, phasingDecimals } from '../../../src/engine/goals/phase';

describe('phasingDecimals', () => {
  it('phases a whole number of counted things in whole units', () => {
    // examples/sampleScorecard.ts: "Win new warehousing contracts", 6 contracts phased evenly: never 0.5 a month.
    expect(phasingDecimals(6, 'contracts')).toBe(0);
    const months = phase(6, Array(12).fill(1), phasingDecimals(6, 'contracts')).map((p) => p.target);
    expect(months.every(Number.isInteger)).toBe(true);
    expect(months.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('keeps decimals for money, percentages, time and targets that are not whole', () => {
    expect(phasingDecimals(8_400_000, '$')).toBe(2);
    expect(phasingDecimals(2_400, 'hours')).toBe(2);
    expect(phasingDecimals(1_000, null)).toBe(2);
    expect(phasingDecimals(6.5, 'contracts')).toBe(2);
    expect(phasingDecimals(0.125, '%')).toBe(3);
  });
});
