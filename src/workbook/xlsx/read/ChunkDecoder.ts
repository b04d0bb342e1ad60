/**
 * Decodes a part's bytes piece by piece. A piece may end inside a UTF-8 sequence: those last bytes wait for the next
 * piece. Done by hand because `TextDecoder`'s own streaming mode is several times slower than whole-piece decoding
 * in Node (measured: 2.8 s against 0.4 s for a 57 MB sheet). A part starting with a UTF-16 byte-order mark (some
 * producers write one) is decoded as UTF-16.
 */
export class ChunkDecoder {
  private pending: Uint8Array | null = null;
  private utf16: TextDecoder | null = null;
  private first = true;
  private readonly utf8 = new TextDecoder('utf-8');

  /** The text of `chunk`, less any sequence it ends inside of. */
  decode(chunk: Uint8Array): string {
    if (this.first) {
      this.first = false;
      if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
        this.utf16 = new TextDecoder(chunk[0] === 0xff ? 'utf-16le' : 'utf-16be');
      }
    }
    if (this.utf16) return this.utf16.decode(chunk, { stream: true });
    let bytes = chunk;
    if (this.pending) {
      bytes = new Uint8Array(this.pending.length + chunk.length);
      bytes.set(this.pending);
      bytes.set(chunk, this.pending.length);
      this.pending = null;
    }
    const end = completeLength(bytes);
    if (end < bytes.length) this.pending = bytes.slice(end);
    return this.utf8.decode(end === bytes.length ? bytes : bytes.subarray(0, end));
  }

  /** What is left at the end of the part (a cut sequence decodes as U+FFFD, as a damaged file should). */
  end(): string {
    if (this.utf16) return this.utf16.decode();
    const rest = this.pending;
    this.pending = null;
    return rest ? this.utf8.decode(rest) : '';
  }
}

/** The length of the longest prefix of `bytes` that does not end inside a UTF-8 sequence. */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  // A sequence is at most 4 bytes: look back at most 3 for its lead byte.
  for (let back = 1; back <= Math.min(3, n); back += 1) {
    const byte = bytes[n - back];
    if ((byte & 0xc0) === 0x80) continue; // continuation byte
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? n - back : n;
  }
  return n;
}
