import { defaultSettings, MAX_SETTINGS_CHARS, parseSettings } from '../../../src/engine/settings/Settings';

describe('parseSettings', () => {
  it('fills defaults for a minimal valid document', () => {
    const parsed = parseSettings({ version: 1 });
    expect(parsed).toEqual({ ok: true, settings: defaultSettings() });
    expect(defaultSettings()).toMatchObject({
      thresholds: { threshold: 0.1, absoluteThreshold: 0 },
      pack: { sheets: ['summary', 'variance', 'forecast', 'kpis', 'swot', 'goals'], topVariances: 5, author: null },
      tables: [],
      mapping: null,
      period: null,
      swot: null,
    });
  });

  it('reads the month and SWOT edits, and version 1 documents saved before they existed', () => {
    const swot = {
      factors: [
        { factor: 'Driver shortage', category: 'W', weight: 0.25, rating: 1, sheet: 'SWOT', cell: 'A9' },
        // An accepted suggestion: not weighted yet.
        {
          factor: 'Tyres consistently favourable',
          category: 'S',
          weight: null,
          rating: 3,
          sheet: 'Actuals',
          cell: 'B15',
        },
      ],
      decided: ['S:Tyres consistently favourable', 'T:Travel forecast shortfall'],
    };
    const parsed = parseSettings({ version: 1, period: '2026-03', swot });
    expect(parsed).toEqual({ ok: true, settings: { ...defaultSettings(), period: '2026-03', swot } });
    // A document from before these fields (version 1 too) still loads, with no month and no edits.
    const older = parseSettings({ version: 1, thresholds: { threshold: 0.05, absoluteThreshold: 0 } });
    expect(older.ok && [older.settings.period, older.settings.swot]).toEqual([null, null]);
  });

  it('accepts the JSON text the settings were saved as', () => {
    const parsed = parseSettings(
      JSON.stringify({ version: 1, thresholds: { threshold: 0.05, absoluteThreshold: 5000 } }),
    );
    expect(parsed.ok && parsed.settings.thresholds).toEqual({ threshold: 0.05, absoluteThreshold: 5000 });
  });

  it.each([
    ['not JSON', '{"version": 1', 'not valid JSON'],
    ['a number', 42, 'not an object'],
    ['an array', [1], 'not an object'],
    ['a newer version', { version: 2 }, 'newer version of Ops Review (settings version 2)'],
    ['no version', {}, 'version'],
    ['a wrong type', { version: 1, pack: { topVariances: 'five' } }, 'pack.topVariances'],
    ['an unknown sheet', { version: 1, pack: { sheets: ['summary', 'payroll'] } }, 'pack.sheets.1'],
    ['a sheet twice', { version: 1, pack: { sheets: ['summary', 'summary'] } }, 'listed twice'],
    ['an unknown field', { version: 1, macro: 'x' }, 'macro'],
    ['a negative threshold', { version: 1, thresholds: { threshold: -1 } }, 'thresholds.threshold'],
    ['a month out of range', { version: 1, period: '2026-13' }, 'not a month like 2026-06'],
    ['a month as a date', { version: 1, period: '2026-03-01' }, 'period'],
    [
      'a SWOT factor in an unknown category',
      {
        version: 1,
        swot: { factors: [{ factor: 'x', category: 'X', weight: 1, rating: 1, sheet: 'S', cell: 'A1' }], decided: [] },
      },
      'swot.factors.0.category',
    ],
    [
      'a SWOT factor pointing at a formula, not a cell',
      {
        version: 1,
        swot: {
          factors: [{ factor: 'x', category: 'S', weight: 1, rating: 1, sheet: 'S', cell: '=HYPERLINK("x")' }],
          decided: [],
        },
      },
      'not a cell address',
    ],
    [
      'a SWOT rating that is not a number',
      {
        version: 1,
        swot: {
          factors: [{ factor: 'x', category: 'S', weight: 1, rating: 'Infinity', sheet: 'S', cell: 'A1' }],
          decided: [],
        },
      },
      'swot.factors.0.rating',
    ],
    ['SWOT edits with extra fields', { version: 1, swot: { factors: [], decided: [], script: 'x' } }, 'script'],
  ])('rejects %s with a message and the defaults', (_, input, words) => {
    const parsed = parseSettings(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toContain(words);
    expect(parsed.message).toMatch(
      /^The Ops Review settings saved in this workbook were not used \(.+\); the default settings apply\.$/,
    );
    expect(parsed.settings).toEqual(defaultSettings());
  });

  describe('hostile settings', () => {
    it('rejects a __proto__ key, as JSON.parse creates it, without polluting any prototype', () => {
      const parsed = parseSettings('{"version":1,"pack":{"__proto__":{"polluted":true}}}');
      expect(parsed.ok).toBe(false);
      expect(parsed.ok ? '' : parsed.message).toContain('forbidden key "__proto__"');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('rejects constructor and prototype keys nested in the mapping', () => {
      const parsed = parseSettings({ version: 1, mapping: { tables: [{ constructor: { prototype: {} } }] } });
      expect(parsed.ok ? '' : parsed.message).toContain('forbidden key "constructor"');
    });

    it('rejects huge text, deep nesting and oversized documents without trying to parse them', () => {
      expect(parseSettings({ version: 1, pack: { author: 'x'.repeat(20_000) } }).ok).toBe(false);
      let deep: unknown = 1;
      for (let i = 0; i < 100; i += 1) deep = { a: deep };
      expect(parseSettings({ version: 1, mapping: deep }).ok ? '' : 'rejected').toBe('rejected');
      const huge = parseSettings(' '.repeat(MAX_SETTINGS_CHARS + 1));
      expect(huge.ok ? '' : huge.message).toContain('too large');
    });

    it('rejects a __proto__ key inside the SWOT edits and oversized SWOT lists', () => {
      const proto = parseSettings('{"version":1,"swot":{"factors":[{"__proto__":{"polluted":true}}],"decided":[]}}');
      expect(proto.ok ? '' : proto.message).toContain('forbidden key "__proto__"');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      const many = { version: 1, swot: { factors: [], decided: Array.from({ length: 1001 }, (_, i) => `S:f${i}`) } };
      expect(parseSettings(many).ok).toBe(false);
    });

    it('rejects a mapping the reader cannot use, saying why', () => {
      const parsed = parseSettings({ version: 1, mapping: { version: 99 } });
      expect(parsed.ok).toBe(false);
      expect(parsed.ok ? '' : parsed.message).toContain('mapping');
    });
  });
});
