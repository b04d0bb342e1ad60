/**
 * SHA-256 (FIPS 180-4) over a string's UTF-8 bytes, written here because the engine may use neither Node's crypto
 * nor the browser's (asynchronous) SubtleCrypto. Used for fingerprints, not for security.
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** UTF-8 bytes of `text`; lone surrogates become U+FFFD as in the WHATWG encoder. */
export function utf8Bytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    let cp = ch.codePointAt(0) ?? 0xfffd;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(bytes);
}

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/**
 * SHA-256 fed text in pieces, UTF-8 encoded as it goes: a million-row grid is hashed without its text or bytes ever
 * being held whole (an array of one number per byte took gigabytes).
 */
export class Sha256 {
  private readonly h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  private readonly block = new Uint8Array(64);
  private readonly w = new Uint32Array(64);
  private filled = 0;
  /** Bytes hashed so far. */
  private length = 0;

  /** Adds the UTF-8 bytes of `text`; lone surrogates become U+FFFD as in the WHATWG encoder. */
  update(text: string): this {
    const block = this.block;
    for (let i = 0; i < text.length; i += 1) {
      let cp = text.charCodeAt(i);
      if (cp < 0x80) {
        // ASCII, nearly all of a grid's text, goes straight into the block.
        block[this.filled] = cp;
        this.filled += 1;
        this.length += 1;
        if (this.filled === 64) {
          this.compress();
          this.filled = 0;
        }
        continue;
      }
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          i += 1;
        }
      }
      if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
      if (cp < 0x800) {
        this.byte(0xc0 | (cp >> 6));
        this.byte(0x80 | (cp & 63));
      } else if (cp < 0x10000) {
        this.byte(0xe0 | (cp >> 12));
        this.byte(0x80 | ((cp >> 6) & 63));
        this.byte(0x80 | (cp & 63));
      } else {
        this.byte(0xf0 | (cp >> 18));
        this.byte(0x80 | ((cp >> 12) & 63));
        this.byte(0x80 | ((cp >> 6) & 63));
        this.byte(0x80 | (cp & 63));
      }
    }
    return this;
  }

  /** Lower-case hex digest of everything added; the hasher is spent afterwards. */
  hex(): string {
    const bitLength = this.length * 8;
    this.byte(0x80);
    while (this.filled !== 56) this.byte(0);
    const high = Math.floor(bitLength / 0x1_0000_0000);
    const low = bitLength >>> 0;
    for (const word of [high, low]) for (let shift = 24; shift >= 0; shift -= 8) this.byte((word >>> shift) & 0xff);
    return Array.from(this.h, (x) => x.toString(16).padStart(8, '0')).join('');
  }

  private byte(value: number): void {
    this.block[this.filled] = value;
    this.filled += 1;
    this.length += 1;
    if (this.filled === 64) {
      this.compress();
      this.filled = 0;
    }
  }

  private compress(): void {
    const { w, block, h } = this;
    for (let i = 0; i < 16; i += 1) {
      w[i] = ((block[i * 4] << 24) | (block[i * 4 + 1] << 16) | (block[i * 4 + 2] << 8) | block[i * 4 + 3]) >>> 0;
    }
    for (let i = 16; i < 64; i += 1) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
    }
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let d = h[3];
    let e = h[4];
    let f = h[5];
    let g = h[6];
    let hh = h[7];
    for (let i = 0; i < 64; i += 1) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] = (h[0] + a) >>> 0;
    h[1] = (h[1] + b) >>> 0;
    h[2] = (h[2] + c) >>> 0;
    h[3] = (h[3] + d) >>> 0;
    h[4] = (h[4] + e) >>> 0;
    h[5] = (h[5] + f) >>> 0;
    h[6] = (h[6] + g) >>> 0;
    h[7] = (h[7] + hh) >>> 0;
  }
}

/** Lower-case hex SHA-256 digest of the UTF-8 encoding of `text`. */
export function sha256Hex(text: string): string {
  return new Sha256().update(text).hex();
}
