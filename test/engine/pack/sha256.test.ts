import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { Sha256, sha256Hex, utf8Bytes } from '../../../src/engine/pack/sha256';

describe('sha256Hex', () => {
  // Test vectors from FIPS 180-2, appendix B, and the digest of the empty string.
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('hashes %j as the standard says', (input, digest) => {
    expect(sha256Hex(input)).toBe(digest);
  });

  it('agrees with Node crypto on any text, padding boundaries and non-ASCII included (seeded)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 150 }), (input) => {
        expect(sha256Hex(input)).toBe(createHash('sha256').update(input, 'utf8').digest('hex'));
      }),
      { seed: 20260403, numRuns: 300 },
    );
  });
});

describe('Sha256', () => {
  it('gives the digest of the whole text when fed it in any pieces, a split surrogate pair aside (seeded)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 90 }), { maxLength: 8 }), (pieces) => {
        const hash = new Sha256();
        for (const piece of pieces) hash.update(piece);
        expect(hash.hex()).toBe(createHash('sha256').update(pieces.join(''), 'utf8').digest('hex'));
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});

describe('utf8Bytes', () => {
  it('encodes 1- to 4-byte characters as TextEncoder does', () => {
    const sample = 'a£€\uD83D\uDE00';
    expect(Array.from(utf8Bytes(sample))).toEqual(Array.from(new TextEncoder().encode(sample)));
  });
});
