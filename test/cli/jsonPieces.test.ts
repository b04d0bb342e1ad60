import { jsonPieces } from '../../src/cli/jsonPieces';

const text = (value: unknown): string => [...jsonPieces(value)].join('');

describe('jsonPieces', () => {
  it('writes what JSON.stringify(value, null, 2) writes, for long lists nested in objects', () => {
    const line = (i: number) => ({ key: `6000 Cost ${i}`, ytd: { budget: i * 10, actual: null }, note: undefined });
    const document = {
      period: '2026-06',
      variance: { lines: Array.from({ length: 200 }, (_, i) => line(i)), narrative: [], top: { favourable: [] } },
      holes: Array.from({ length: 70 }, (_, i) => (i % 2 === 0 ? i : undefined)),
      skipped: undefined,
      diagnostics: [{ severity: 'info', message: 'a "quoted"\nmessage' }],
    };
    expect(text(document)).toBe(JSON.stringify(document, null, 2));
  });

  it('writes short documents whole, in one piece', () => {
    const small = { period: '2026-06', lines: [{ a: 1 }, { b: [1, 2] }], empty: {}, none: [] };
    expect([...jsonPieces(small)]).toEqual([JSON.stringify(small, null, 2)]);
  });

  it('writes a long list as many pieces, none holding the whole list', () => {
    const pieces = [...jsonPieces({ lines: Array.from({ length: 1000 }, (_, i) => ({ i })) })];
    expect(pieces.length).toBeGreaterThan(1000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100);
  });
});
