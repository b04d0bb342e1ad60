/**
 * The central directory of a zip archive (an .xlsx package), read without inflating anything: names, methods and the
 * sizes each entry declares, so the reading budget can refuse a bomb before a byte is inflated. Zip64 sizes included
 * (a sheet part past 4 GB declares itself that way).
 */
import { ReadRefusal } from './ReadRefusal';

/** One file of the archive as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FULL32 = 0xffffffff;

/**
 * The entries of the zip in `bytes`, by lower-case name with `\` read as `/` (producers differ in both).
 * @throws ReadRefusal 'damaged' when the archive's directory is missing or cut short (a truncated download)
 */
export function zipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) throw damaged();
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) throw damaged();
    count = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL) throw damaged();
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    const sizes = zip64Sizes(view, offset + 46 + nameLength, extraLength, {
      size: view.getUint32(offset + 24, true),
      compressedSize: view.getUint32(offset + 20, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    const entry: ZipEntry = {
      name,
      method: view.getUint16(offset + 10, true),
      encrypted: (view.getUint16(offset + 8, true) & 1) === 1,
      ...sizes,
    };
    entries.set(normalName(name), entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** How part names are compared: case-insensitive, forward slashes, no leading slash. */
export function normalName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/**
 * The compressed bytes of `entry`, located through its local header.
 * @throws ReadRefusal 'damaged' when the archive ends before the entry does
 */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL) throw damaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) throw damaged();
  return bytes.subarray(start, end);
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 65_535; at -= 1) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

interface Sizes {
  readonly size: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

/** The zip64 extra field (id 1) holds, in this order, each of the three values whose 32-bit field is all ones. */
function zip64Sizes(view: DataView, start: number, length: number, sizes: Sizes): Sizes {
  if (sizes.size !== FULL32 && sizes.compressedSize !== FULL32 && sizes.localHeaderOffset !== FULL32) return sizes;
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const next = (value: number): number => {
        if (value !== FULL32 || field + 8 > at + 4 + size) return value;
        const wide = Number(view.getBigUint64(field, true));
        field += 8;
        return wide;
      };
      const size64 = next(sizes.size);
      const compressed64 = next(sizes.compressedSize);
      return { size: size64, compressedSize: compressed64, localHeaderOffset: next(sizes.localHeaderOffset) };
    }
    at += 4 + size;
  }
  return sizes;
}

function damaged(): ReadRefusal {
  return new ReadRefusal('damaged', 'is damaged or incomplete (its zip directory is missing or cut short)');
}
