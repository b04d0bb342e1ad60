import fc from 'fast-check';
import { roundAmount } from '../../../src/engine/variance/roundAmount';

describe('roundAmount', () => {
  it('removes binary noise and negative zero', () => {
    expect(roundAmount(0.1 + 0.2)).toBe(0.3);
    expect(roundAmount(0.33 - 0.3)).toBe(0.03);
    expect(Object.is(roundAmount(-0), 0)).toBe(true);
    expect(roundAmount(1 / 3)).toBe(0.333333333333);
    expect(roundAmount(123456789012345)).toBe(123456789012000);
  });

  it('agrees with rounding through toPrecision(12) (property, fixed seed)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (value) => {
        expect(roundAmount(value)).toBe(Number(value.toPrecision(12)) + 0);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('agrees with toPrecision(12) on whole amounts around twelve digits, where whole numbers are returned as given', () => {
    const around = [1, 9, 10, 999, 1000, 99_999_999_999, 999_999_999_999, 1e12, 1e12 + 1, 1_234_567_890_123];
    const values = [...around, ...around.map((v) => -v), ...around.map((v) => v - 1), ...around.map((v) => v + 1)];
    for (const value of values) expect(roundAmount(value)).toBe(Number(value.toPrecision(12)) + 0);
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53), max: 2 ** 53 }), (value) => {
        expect(roundAmount(value)).toBe(Number(value.toPrecision(12)) + 0);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
