import { gridWidth } from '../../../src/engine/grid/gridWidth';
import { fingerprintGrid } from '../../../src/engine/pack/fingerprint';

describe('gridWidth', () => {
  it('is the longest row of a ragged grid, and 0 for none', () => {
    expect(gridWidth([[1], [1, 2, 3], []])).toBe(3);
    expect(gridWidth([])).toBe(0);
  });

  it('counts a million rows, where spreading them into Math.max overflowed the stack (issue #16)', () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => (i === 999_999 ? [1, 2, 3, 4, 5, 6, 7] : [1]));
    expect(gridWidth(rows)).toBe(7);
    expect(fingerprintGrid({ sheet: 'Ledger', address: 'A1', values: rows }).columns).toBe(7);
  });
});
