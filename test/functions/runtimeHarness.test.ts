import { buildFunctions, type FunctionsBuild } from './buildFunctions';
import { FakeExcelError, invocation, isExcelCell, loadFunctions, type LoadedFunctions } from './fakeRuntime';

const freight = [100, 110, 125, 120, 130, 150, 160, 155, 140, 120, 110, 140];
const history = [...freight, ...freight.map((v) => v * 1.05), ...freight.map((v) => v * 1.1)].map((v) => [v]);

/**
 * One call per function with arguments in the shape Excel passes them (ranges as rows of cells, omitted optional
 * arguments as null), and what must come back.
 */
const calls: { id: string; args: unknown[]; expect: (result: unknown) => void }[] = [
  {
    id: 'FORECAST',
    args: [history, 6, null, null],
    expect: (r) => {
      expect(r).toHaveLength(6);
      (r as number[][]).forEach(([mean, lower, upper]) => expect(lower < mean && mean < upper).toBe(true));
    },
  },
  { id: 'FORECAST.STAT', args: [history, 'smape', null, null], expect: (r) => expect(typeof r).toBe('number') },
  {
    id: 'VARIANCE',
    args: [[[186822]], [[197002]], null, null, null],
    expect: (r) => expect((r as unknown[][])[0].slice(0, 1)).toEqual([-10180]),
  },
  { id: 'PHASE', args: [1000, [['even']], null], expect: (r) => expect(r).toHaveLength(12) },
  { id: 'IFE', args: [[[0.6], [0.4]], [[4], [1]], null], expect: (r) => expect(r).toBe(2.8) },
  { id: 'IECELL', args: [2.8, 3.1, null], expect: (r) => expect(r).toBe('II') },
];

describe('the functions bundle in a strict fake of the custom-functions runtime', () => {
  let build: FunctionsBuild;
  let loaded: LoadedFunctions;

  beforeAll(() => {
    build = buildFunctions();
    const declared = new Map(build.metadata.functions.map((f) => [f.id, f.parameters.length]));
    loaded = loadFunctions(build.script, declared);
  }, 240000);

  it('associates every function of functions.json exactly once, and nothing else', () => {
    expect([...loaded.calls].sort()).toEqual(build.metadata.functions.map((f) => f.id).sort());
    expect(new Set(loaded.calls).size).toBe(loaded.calls.length);
  });

  it.each(calls.map((c) => [c.id, c] as const))('%s answers a call as Excel makes it', (id, c) => {
    const fn = loaded.byId.get(id);
    if (fn === undefined) throw new Error(`${id} was not associated`);
    const meta = build.metadata.functions.find((f) => f.id === id);
    const result = fn(...c.args, invocation(id));
    if (meta?.result.dimensionality === 'matrix') {
      expect(Array.isArray(result)).toBe(true);
      const rows = result as unknown[][];
      expect(rows.every((row) => Array.isArray(row) && row.length === rows[0].length)).toBe(true);
      expect(rows.flat().every(isExcelCell)).toBe(true);
    } else {
      expect(isExcelCell(result)).toBe(true);
    }
    c.expect(result);
  });

  it("returns the runtime's own error objects, with a message only where Excel shows one", () => {
    const forecast = loaded.byId.get('FORECAST');
    const phase = loaded.byId.get('PHASE');
    const variance = loaded.byId.get('VARIANCE');
    const bad = forecast?.(
      [
        [1, 2],
        [3, 4],
      ],
      null,
      null,
      null,
      invocation('FORECAST'),
    );
    expect(bad).toBeInstanceOf(FakeExcelError);
    expect(bad).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('one row or one column') });
    const num = forecast?.(history, 0, null, null, invocation('FORECAST'));
    expect(num).toBeInstanceOf(FakeExcelError);
    expect(num).toMatchObject({ code: '#NUM!', message: undefined });
    expect(phase?.(1000, [['monthly']], null, invocation('PHASE'))).toMatchObject({ code: '#VALUE!' });
    const zero = variance?.([[5]], [[0]], null, null, null, invocation('VARIANCE')) as unknown[][];
    expect(zero[0][1]).toBeInstanceOf(FakeExcelError);
    expect(zero[0][1]).toMatchObject({ code: '#DIV/0!', message: undefined });
  });

  it('never throws, whatever Excel passes', () => {
    const odd: unknown[] = [
      undefined,
      null,
      '',
      'x',
      NaN,
      Infinity,
      -1e308,
      true,
      [],
      [[]],
      [[{}]],
      { code: '#REF!' },
      () => 1,
    ];
    for (const [id, fn] of loaded.byId) {
      const arity = build.metadata.functions.find((f) => f.id === id)?.parameters.length ?? 0;
      for (const value of odd) {
        const args = Array.from({ length: arity }, () => value);
        let result: unknown;
        expect(() => (result = fn(...args, invocation(id)))).not.toThrow();
        expect(isExcelCell(result) || Array.isArray(result)).toBe(true);
      }
    }
  });
});
