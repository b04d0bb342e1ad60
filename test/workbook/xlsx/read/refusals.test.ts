import { strToU8, zipSync } from 'fflate';
import { readXlsxGrids } from '../../../../src/workbook/xlsx/readXlsx';
import { XlsxReadError } from '../../../../src/workbook/xlsx/XlsxReadError';
import { oneSheet } from './packageOf';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A Compound File (the container of .xls files and of encrypted .xlsx files) naming one stream. */
function compoundFile(stream: string): Buffer {
  return Buffer.concat([Buffer.from(CFB), Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(512)]);
}

async function refusal(bytes: Uint8Array, limits?: Parameters<typeof readXlsxGrids>[1]): Promise<XlsxReadError> {
  try {
    await readXlsxGrids(Buffer.from(bytes), limits);
  } catch (error) {
    if (error instanceof XlsxReadError) return error;
    throw error;
  }
  throw new Error('the file was read');
}

describe('files that cannot be read get one sentence naming the reason', () => {
  it('names a password-protected workbook and says how to remove the password', async () => {
    const error = await refusal(compoundFile('EncryptionInfo'));
    expect(error.code).toBe('encrypted');
    expect(error.message).toContain('File > Info > Protect Workbook');
  });

  it('names a legacy .xls workbook and says how to save it as .xlsx', async () => {
    const error = await refusal(compoundFile('Workbook'));
    expect(error.code).toBe('legacy-xls');
    expect(error.message).toMatch(/^The file is an Excel 97-2003 workbook \(\.xls\).*Save As\.$/);
  });

  it('names a CSV saved under an .xlsx name', async () => {
    const error = await refusal(strToU8('Account,Jan-26\nFuel,1200\n'));
    expect(error).toMatchObject({ code: 'not-xlsx' });
    expect(error.message).toContain('a text file (CSV or similar)');
  });

  it('calls a truncated file damaged', async () => {
    const whole = oneSheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>');
    const error = await refusal(whole.subarray(0, Math.floor(whole.length * 0.6)));
    expect(error.code).toBe('damaged');
    expect(error.message).toContain('damaged or incomplete');
  });

  it('refuses an XML entity bomb (a document type declaration) without expanding it', async () => {
    const bomb = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>';
    const error = await refusal(oneSheet(`<sheetData/>`, { 'xl/sharedStrings.xml': `${bomb}<sst/>` }));
    expect(error.code).toBe('damaged');
  });

  it('refuses a sheet of whitespace that inflates far beyond its size, before holding it', async () => {
    // 64 MB of spaces deflate to about 64 KB: a ratio of about 1,000 to 1, as no real sheet has.
    const sheet = new Uint8Array(64 * 1024 * 1024).fill(32);
    const bytes = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S" r:id="rId1" xmlns:r="r"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': sheet,
    });
    const before = process.memoryUsage().heapUsed;
    const error = await refusal(bytes);
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('decompression bomb');
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a workbook past the total budget from the sizes the zip declares', async () => {
    const bytes = oneSheet(`<sheetData>${'<row/>'.repeat(50_000)}</sheetData>`);
    const error = await refusal(bytes, { maxTotalBytes: 100_000, maxRatio: 200, ratioFrom: 1e9, maxMillis: 60_000 });
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^The file holds more than 0 MB of sheet data/);
  });
});
