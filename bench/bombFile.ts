/**
 * The decompression bomb of issue #16: a workbook of about 5 MB whose one sheet inflates to 5 GB of whitespace.
 * Made without deflating 5 GB: one fully flushed deflate segment of 64 MB of spaces is repeated (a segment ends on a
 * byte boundary and does not refer back, so copies chain), and the sizes are declared in zip64 fields as a real
 * producer would.
 */
import { writeFileSync } from 'node:fs';
import { constants, deflateRawSync } from 'node:zlib';

const SEGMENT = 64 * 1024 * 1024;

function header(fields: [number, 2 | 4 | 8][]): Buffer {
  const size = fields.reduce((s, [, n]) => s + n, 0);
  const out = Buffer.alloc(size);
  let at = 0;
  for (const [value, n] of fields) {
    if (n === 2) out.writeUInt16LE(value, at);
    else if (n === 4) out.writeUInt32LE(value >>> 0, at);
    else out.writeBigUInt64LE(BigInt(value), at);
    at += n;
  }
  return out;
}

/** Writes the bomb to `path`; returns its declared uncompressed size in bytes. */
export function writeBombFile(path: string, gigabytes = 5): number {
  const copies = Math.ceil((gigabytes * 1024 ** 3) / SEGMENT);
  const segment = deflateRawSync(Buffer.alloc(SEGMENT, 32), { finishFlush: constants.Z_FULL_FLUSH });
  const sheet = Buffer.concat([...Array.from({ length: copies }, () => segment), Buffer.from([3, 0])]);
  const size = copies * SEGMENT;
  const parts: [string, Buffer, number, number][] = [
    ['[Content_Types].xml', Buffer.from('<Types/>'), 0, 8],
    [
      'xl/workbook.xml',
      Buffer.from('<workbook xmlns:r="r"><sheets><sheet name="Data" r:id="rId1"/></sheets></workbook>'),
      0,
      0,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      Buffer.from(
        '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      0,
      0,
    ],
    ['xl/worksheets/sheet1.xml', sheet, 8, size],
  ];
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data, method, declared] of parts) {
    const nameBytes = Buffer.from(name);
    const uncompressed = method === 0 ? data.length : declared;
    const zip64 = header([
      [1, 2],
      [16, 2],
      [uncompressed, 8],
      [data.length, 8],
    ]);
    const local = header([
      [0x04034b50, 4],
      [45, 2],
      [0, 2],
      [method, 2],
      [0, 4],
      [0, 4],
      [0xffffffff, 4],
      [0xffffffff, 4],
      [nameBytes.length, 2],
      [zip64.length, 2],
    ]);
    chunks.push(local, nameBytes, zip64, data);
    central.push(
      header([
        [0x02014b50, 4],
        [45, 2],
        [45, 2],
        [0, 2],
        [method, 2],
        [0, 4],
        [0, 4],
        [0xffffffff, 4],
        [0xffffffff, 4],
        [nameBytes.length, 2],
        [zip64.length, 2],
        [0, 2],
        [0, 2],
        [0, 2],
        [0, 4],
        [offset, 4],
      ]),
      nameBytes,
      zip64,
    );
    offset += local.length + nameBytes.length + zip64.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = header([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [parts.length, 2],
    [parts.length, 2],
    [directory.length, 4],
    [offset, 4],
    [0, 2],
  ]);
  writeFileSync(path, Buffer.concat([...chunks, directory, end]));
  return size;
}
