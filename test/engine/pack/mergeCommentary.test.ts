import fc from 'fast-check';
import { mergeCommentary } from '../../../src/engine/pack/mergeCommentary';
import type { PackRow, RetiredEntry } from '../../../src/engine/pack/Pack';

const entry = (lineKey: string, commentary: string, owner: string | null = null): RetiredEntry => ({
  lineKey,
  commentary,
  owner,
  action: null,
  due: null,
});

const row = (key: string): PackRow => ({
  key,
  values: { account: key, commentary: null, owner: null, action: null, due: null, lineKey: key },
});

describe('mergeCommentary', () => {
  it('puts each entry back on the row with its line key, whatever the row order', () => {
    const merged = mergeCommentary(
      [entry('Rent | Admin', 'Lease renewed in March', 'M. Jones'), entry('Salaries | Ops', 'Two vacancies')],
      [row('Salaries | Ops'), row('Rent | Admin')],
    );
    expect(merged.rows.map((r) => [r.key, r.values.commentary, r.values.owner])).toEqual([
      ['Salaries | Ops', 'Two vacancies', null],
      ['Rent | Admin', 'Lease renewed in March', 'M. Jones'],
    ]);
    expect(merged.retired).toEqual([]);
    expect(merged.kept).toBe(2);
  });

  it('retires an entry whose line disappeared instead of dropping it', () => {
    const gone = entry('Travel | Sales', 'Trade fair in Hamburg');
    const merged = mergeCommentary([gone], [row('Rent | Admin')]);
    expect(merged.retired).toEqual([gone]);
    expect(merged.rows[0].values.commentary).toBeNull();
  });

  it('gives a retired entry back to its line when the line returns', () => {
    const merged = mergeCommentary([entry('Travel | Sales', 'Trade fair')], [row('Travel | Sales')]);
    expect(merged.rows[0].values.commentary).toBe('Trade fair');
    expect(merged.retired).toEqual([]);
  });

  it('keeps a second, different entry for the same line as retired; an identical copy is not duplicated', () => {
    const first = entry('Rent | Admin', 'Renewed');
    const second = entry('Rent | Admin', 'Rent review due in June');
    const merged = mergeCommentary([first, { ...first }, second], [row('Rent | Admin')]);
    expect(merged.rows[0].values.commentary).toBe('Renewed');
    expect(merged.retired).toEqual([second]);
  });

  it('leaves roll-up rows (no key) alone', () => {
    const subtotal: PackRow = { values: { account: 'Admin total' }, emphasis: 'subtotal' };
    expect(mergeCommentary([entry('Rent | Admin', 'x')], [subtotal]).rows[0]).toBe(subtotal);
  });

  it('never drops an entry: every distinct previous entry is on a row or retired (seeded property)', () => {
    const keys = ['A', 'B', 'C', 'D', 'E'];
    const arbEntry = fc.record({
      lineKey: fc.constantFrom(...keys),
      commentary: fc.constantFrom('late invoice', 'price rise', 'one-off', '=SUM(A1)'),
      owner: fc.constantFrom(null, 'CFO', 'Ops'),
      action: fc.constant(null),
      due: fc.constantFrom(null, 46112),
    });
    fc.assert(
      fc.property(fc.array(arbEntry, { maxLength: 12 }), fc.subarray(keys), (previous, present) => {
        const merged = mergeCommentary(previous, present.map(row));
        const onRows = merged.rows.flatMap((r) =>
          r.values.commentary === null
            ? []
            : [
                {
                  lineKey: r.key,
                  commentary: r.values.commentary,
                  owner: r.values.owner,
                  action: r.values.action,
                  due: r.values.due,
                },
              ],
        );
        const kept = [...onRows, ...merged.retired].map((e) => JSON.stringify(e));
        for (const e of previous) expect(kept).toContain(JSON.stringify(e));
      }),
      { seed: 424242, numRuns: 200 },
    );
  });
});
