/**
 * Opens the bytes of what should be an .xlsx package: recognises what else it may be (an encrypted or legacy Excel
 * file, a CSV, an OpenDocument file) and says so, then streams each XML part through the {@link ReadBudget}.
 */
import { ChunkDecoder } from './ChunkDecoder';
import { inflateEntry } from './inflateEntry';
import type { ReadBudget } from './readBudget';
import { ReadRefusal } from './ReadRefusal';
import type { XmlHandler } from './xmlPart';
import { xmlSink } from './xmlPart';
import { entryData, normalName, zipDirectory, type ZipEntry } from './zipDirectory';

/** The parts of an opened package. */
export interface OpenedPackage {
  /** Whether the package has the part `name` (any case, with or without a leading slash). */
  has(name: string): boolean;
  /**
   * Streams the part `name` through `handler`; a missing part reads as nothing.
   * @throws ReadRefusal past the budget or when the part is damaged
   */
  readXml(name: string, handler: XmlHandler): Promise<void>;
}

/** Bytes of a stored (uncompressed) entry handed to the parser at a time. */
const STORED_PIECE = 1 << 18;

/**
 * The package in `bytes`.
 * @throws ReadRefusal naming what the file is when it is not an .xlsx package
 */
export function openPackage(bytes: Uint8Array, budget: ReadBudget): OpenedPackage {
  refuseOtherFormats(bytes);
  const entries = zipDirectory(bytes);
  refuseOtherPackages(entries);
  budget.checkDeclared([...entries.values()].filter((e) => /\.(xml|rels)$/i.test(e.name)));
  return {
    has: (name) => entries.has(normalName(name)),
    readXml: async (name, handler) => {
      const entry = entries.get(normalName(name));
      if (entry) await streamEntry(bytes, entry, budget, handler);
    },
  };
}

async function streamEntry(bytes: Uint8Array, entry: ZipEntry, budget: ReadBudget, handler: XmlHandler): Promise<void> {
  if (entry.encrypted) throw encrypted();
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ReadRefusal('damaged', `uses a zip compression method (${entry.method}) that Excel does not write`);
  }
  const data = entryData(bytes, entry);
  const sink = xmlSink(entry.name, handler);
  const decoder = new ChunkDecoder();
  let size = 0;
  const onPiece = (piece: Uint8Array, consumed: number): void => {
    size += piece.length;
    budget.count(piece.length, size, consumed);
    sink.write(decoder.decode(piece));
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += STORED_PIECE) onPiece(data.subarray(at, at + STORED_PIECE), data.length);
  } else {
    try {
      await inflateEntry(data, onPiece);
    } catch (error) {
      if (error instanceof ReadRefusal) throw error;
      throw new ReadRefusal('damaged', `is damaged: its part ${entry.name} cannot be decompressed`);
    }
  }
  sink.write(decoder.end());
  sink.end();
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function refuseOtherFormats(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ReadRefusal('not-xlsx', 'is empty (0 bytes), so there is no workbook to read');
  if (CFB.every((b, i) => bytes[i] === b)) {
    if (hasUtf16(bytes, 'EncryptionInfo') || hasUtf16(bytes, 'EncryptedPackage')) throw encrypted();
    if (hasUtf16(bytes, 'Workbook') || hasUtf16(bytes, 'Book')) {
      throw new ReadRefusal(
        'legacy-xls',
        'is an Excel 97-2003 workbook (.xls), which this tool does not read: open it in Excel and save it as an Excel Workbook (.xlsx) with File > Save As',
      );
    }
    throw new ReadRefusal('not-xlsx', 'is not an Excel workbook (.xlsx) but an older Office document');
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return;
  const head = new TextDecoder().decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '');
  if (/urn:schemas-microsoft-com:office:spreadsheet/.test(head)) throw saveAs('an Excel 2003 XML spreadsheet');
  if (/^\s*<(!doctype html|html|table)/i.test(head)) throw saveAs('a web page (HTML)');
  const printable = [...head].filter((c) => c >= ' ' || c === '\n' || c === '\r' || c === '\t').length;
  if (head.length > 0 && printable / head.length > 0.95 && !head.includes('\uFFFD')) {
    throw saveAs('a text file (CSV or similar)');
  }
  throw new ReadRefusal('not-xlsx', 'is not an Excel workbook (.xlsx): it is neither a zip package nor a known format');
}

function refuseOtherPackages(entries: ReadonlyMap<string, ZipEntry>): void {
  if (entries.has('xl/workbook.bin')) throw saveAs('an Excel binary workbook (.xlsb)');
  if (entries.has('content.xml') && entries.has('mimetype')) throw saveAs('an OpenDocument spreadsheet (.ods)');
  if (![...entries.keys()].some((n) => n.endsWith('workbook.xml'))) {
    if ([...entries.keys()].some((n) => n.startsWith('xl/'))) {
      throw new ReadRefusal('damaged', 'is damaged or incomplete: its workbook part (xl/workbook.xml) is missing');
    }
    throw new ReadRefusal('not-xlsx', 'is not an Excel workbook (.xlsx) but some other zip archive');
  }
}

function encrypted(): ReadRefusal {
  return new ReadRefusal(
    'encrypted',
    'is password-protected, so it cannot be read: remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password, clear it, save) and try again',
  );
}

function saveAs(what: string): ReadRefusal {
  return new ReadRefusal(
    'not-xlsx',
    `is not an Excel workbook (.xlsx) but ${what}: open it in Excel and save it as an Excel Workbook (.xlsx)`,
  );
}

function hasUtf16(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name, (c) => [c.charCodeAt(0), 0]).flat();
  // CFB directory entries hold names in UTF-16LE; a linear scan is enough for files of this kind.
  outer: for (let i = 0; i + pattern.length <= bytes.length; i += 1) {
    for (let j = 0; j < pattern.length; j += 1) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}
