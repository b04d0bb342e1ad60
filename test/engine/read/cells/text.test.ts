import { cleanLabel, normalizeText } from '../../../../src/engine/read/cells/text';

/** The definitions the fast paths must agree with: the regular expressions the readers always used. */
const slowClean = (text: string): string =>
  text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const slowNormal = (text: string): string =>
  text
    .replace(/[\u00a0\u2007\u202f\t\r\n]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

describe('cleanLabel and normalizeText', () => {
  it('agree with the regular expressions on every whitespace character, alone and between words', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c += 1) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `${ch}Rent`, `Rent${ch}`, `a ${ch}b`]) {
        if (cleanLabel(text) !== slowClean(text) || normalizeText(text) !== slowNormal(text)) differ.push(text);
      }
    }
    expect(differ).toEqual([]);
  });

  it('agree on random labels (fixed seed)', () => {
    const alphabet = ['a', 'Z', ' ', '  ', '\t', '\n', '\u00a0', '\u2007', '\u202f', '\u3000', 'é', '4000', '-'];
    let seed = 20261202;
    for (let n = 0; n < 5000; n += 1) {
      let text = '';
      for (let k = 0; k < 8; k += 1) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        text += alphabet[seed % alphabet.length];
      }
      expect(cleanLabel(text)).toBe(slowClean(text));
      expect(normalizeText(text)).toBe(slowNormal(text));
    }
  });

  it('keep a clean label as it is, case and all', () => {
    expect(cleanLabel('4000 Sales – Nord')).toBe('4000 Sales – Nord');
    expect(normalizeText('Cost Centre')).toBe('cost centre');
  });
});
