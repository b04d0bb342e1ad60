import { columnIndex, columnLetters, offsetA1, parseA1, toA1 } from '../../../src/engine/grid/address';

describe('A1 addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'], // Excel's last column
  ])('column %i is %s', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it('parses absolute and relative references', () => {
    expect(parseA1('$C$14')).toEqual({ row: 13, column: 2 });
    expect(parseA1('not a cell')).toBeNull();
    expect(toA1({ row: 13, column: 2 })).toBe('C14');
  });

  it('offsets from a grid origin', () => {
    expect(offsetA1('B3', 2, 1)).toBe('C5');
  });
});
