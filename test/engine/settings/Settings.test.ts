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
    });
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

    it('rejects a mapping the reader cannot use, saying why', () => {
      const parsed = parseSettings({ version: 1, mapping: { version: 99 } });
      expect(parsed.ok).toBe(false);
      expect(parsed.ok ? '' : parsed.message).toContain('mapping');
    });
  });
});
