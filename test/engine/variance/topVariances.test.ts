import fc from 'fast-check';
import type { VarianceLine } from '../../../src/engine/results/AnalysisResult';
import { topVariances } from '../../../src/engine/variance/topVariances';

/** A line as topVariances reads it: its key and its YTD variance and direction. */
const line = (key: string, variance: number, favourable: boolean): VarianceLine =>
  ({ key, ytd: { variance, favourable } }) as VarianceLine;

/** The ranking as first written (sort every line, then take each way's first `count`): the reference. */
function sorted(lines: readonly VarianceLine[], count: number): { favourable: string[]; unfavourable: string[] } {
  const ranked = lines
    .filter((l) => l.ytd.variance !== 0)
    .sort(
      (a, b) => Math.abs(b.ytd.variance) - Math.abs(a.ytd.variance) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  const pick = (favourable: boolean) =>
    ranked
      .filter((l) => l.ytd.favourable === favourable)
      .slice(0, count)
      .map((l) => l.key);
  return { favourable: pick(true), unfavourable: pick(false) };
}

describe('topVariances', () => {
  it('ranks by the size of the YTD variance, then by key, and leaves out lines with none', () => {
    const lines = [
      line('6100 Travel | Sales', -12_000, true),
      line('6200 Software | IT', 4_500, false),
      line('4000 Product revenue', 30_000, true),
      line('6300 Rent | Admin', 0, true),
      line('6000 Salaries | Sales', 12_000, true),
      line('6400 Freight | Ops', -4_500, false),
    ];
    expect(topVariances(lines, 2)).toEqual({
      favourable: ['4000 Product revenue', '6000 Salaries | Sales'],
      unfavourable: ['6200 Software | IT', '6400 Freight | Ops'],
    });
    expect(topVariances(lines, 0)).toEqual({ favourable: [], unfavourable: [] });
  });

  it('agrees with sorting every line (property, fixed seed)', () => {
    const lines = fc.uniqueArray(
      fc.record({
        key: fc.string({ minLength: 1, maxLength: 6 }),
        variance: fc.integer({ min: -50, max: 50 }),
        favourable: fc.boolean(),
      }),
      { selector: (l) => l.key, maxLength: 60 },
    );
    fc.assert(
      fc.property(lines, fc.integer({ min: 0, max: 12 }), (drawn, count) => {
        const all = drawn.map((l) => line(l.key, l.variance, l.favourable));
        expect(topVariances(all, count)).toEqual(sorted(all, count));
      }),
      { seed: 16, numRuns: 500 },
    );
  });
});
