import { ieCell, roundScore, strategyFor } from '../../../src/engine/swot/ieMatrix';

describe('IE matrix', () => {
  // David's IE matrix: IFE on x (strong 3.00-4.00, average 2.00-2.99, weak 1.00-1.99 from left to right),
  // EFE on y (high, medium, low from top to bottom).
  it.each([
    [3.5, 3.5, 'I'],
    [2.5, 3.5, 'II'],
    [1.5, 3.5, 'III'],
    [3.5, 2.5, 'IV'],
    [2.5, 2.5, 'V'],
    [1.5, 2.5, 'VI'],
    [3.5, 1.5, 'VII'],
    [2.5, 1.5, 'VIII'],
    [1.5, 1.5, 'IX'],
  ])('IFE %d, EFE %d is cell %s', (ife, efe, cell) => {
    expect(ieCell(ife, efe)).toBe(cell);
  });

  it.each([
    [1.99, 'IX'],
    [2.0, 'V'],
    [2.99, 'V'],
    [3.0, 'I'],
    [4.0, 'I'],
    [1.0, 'IX'],
  ])('band edge %d on both axes is cell %s', (total, cell) => {
    expect(ieCell(total, total)).toBe(cell);
  });

  it('rounds to 2 decimals before banding', () => {
    expect(ieCell(1.995, 2.5)).toBe('V'); // 2.00 on paper
    expect(ieCell(1.9949, 2.5)).toBe('VI'); // 1.99
    expect(ieCell(2.994, 2.5)).toBe('V'); // 2.99
    expect(ieCell(2.995, 2.5)).toBe('IV'); // 3.00
    // floating-point sums that are 2.00 (average IFE) and 3.00 (high EFE) on paper -> cell II
    expect(ieCell(1.9999999999999998, 2.9999999999999996)).toBe('II');
  });

  it('rounds half up the way the printed tables do', () => {
    expect(roundScore(2.845)).toBe(2.85); // 2.845 is stored as 2.84499999999999997
    expect(roundScore(2.844)).toBe(2.84);
    expect(roundScore(1.9999999999999998)).toBe(2);
  });

  it('prescribes grow and build for I, II, IV; hold and maintain for III, V, VII; harvest or divest for VI, VIII, IX', () => {
    expect((['I', 'II', 'IV'] as const).map(strategyFor)).toEqual(Array(3).fill('grow-and-build'));
    expect((['III', 'V', 'VII'] as const).map(strategyFor)).toEqual(Array(3).fill('hold-and-maintain'));
    expect((['VI', 'VIII', 'IX'] as const).map(strategyFor)).toEqual(Array(3).fill('harvest-or-divest'));
  });

  it('refuses totals that are not numbers (a caller bug)', () => {
    expect(() => ieCell(Number.NaN, 2)).toThrow('ieCell requires finite IFE and EFE totals, got NaN and 2');
  });
});
