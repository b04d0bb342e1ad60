import { prepareSeries } from '../../../src/engine/forecast/prepareSeries';

describe('prepareSeries', () => {
  it('interpolates interior gaps linearly and counts non-finite numbers as gaps', () => {
    // Worked example: between 10 (position 1) and 40 (position 4), positions 2 and 3 get 20 and 30.
    const r = prepareSeries([10, null, Number.NaN, 40, 50], 3, 12);
    expect(r).toEqual({
      ok: true,
      values: [10, 20, 30, 40, 50],
      leading: 0,
      trailing: 0,
      notes: ['2 missing months interpolated (positions 2, 3)'],
    });
  });

  it('lists at most eight positions', () => {
    const y = [1, ...new Array<null>(10).fill(null), 12];
    const r = prepareSeries(y, 2, 1);
    expect(r.ok && r.notes[0]).toBe('10 missing years interpolated (positions 2, 3, 4, 5, 6, 7, 8, 9 and 2 more)');
  });

  it('reports leading and trailing blanks without inventing values for them', () => {
    const r = prepareSeries([null, 5, 6, 7, null, null], 3, 4);
    expect(r.ok && r.values).toEqual([5, 6, 7]);
    expect(r.ok && [r.leading, r.trailing]).toEqual([1, 2]);
    expect(r.ok && r.notes).toEqual([
      '1 empty quarter before the first value ignored',
      '2 empty quarters after the last value forecast',
    ]);
  });
});
