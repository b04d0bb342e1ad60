/**
 * Writes large synthetic workbooks for the scale benchmark the way Excel lays them out (shared strings, a date style,
 * one part per sheet), row by row into a deflate stream, so a million-row file is made in seconds without holding
 * its XML. Bench-only: the product never writes user workbooks from scratch.
 */
import { createWriteStream } from 'node:fs';
import { Zip, ZipDeflate } from 'fflate';
import { columnLetters } from '../src/engine/grid/address';

/** A cell of a generated sheet: text, a number, or a date given as an Excel serial. */
export type BenchCell = string | number | { readonly date: number };

export interface BenchSheet {
  readonly name: string;
  /** Rows of cells from A1, produced lazily. */
  readonly rows: () => Iterable<readonly BenchCell[]>;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Writes `sheets` to `path` as an .xlsx file; resolves when the file is closed. */
export function writeBenchXlsx(path: string, sheets: readonly BenchSheet[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('error', reject);
    out.on('close', () => resolve());
    const zip = new Zip((error, chunk, final) => {
      if (error) reject(error);
      else {
        out.write(chunk);
        if (final) out.end();
      }
    });
    const text = (name: string, xml: string): void => {
      const file = new ZipDeflate(name, { level: 1 });
      zip.add(file);
      file.push(new TextEncoder().encode(xml), true);
    };
    const strings = new Map<string, number>();
    const indexOf = (s: string): number => {
      let i = strings.get(s);
      if (i === undefined) {
        i = strings.size;
        strings.set(s, i);
      }
      return i;
    };
    sheets.forEach((sheet, n) => {
      const file = new ZipDeflate(`xl/worksheets/sheet${n + 1}.xml`, { level: 1 });
      zip.add(file);
      const encoder = new TextEncoder();
      let buffer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>`;
      let r = 0;
      for (const row of sheet.rows()) {
        r += 1;
        buffer += `<row r="${r}">`;
        row.forEach((cell, c) => {
          const ref = `${columnLetters(c)}${r}`;
          if (typeof cell === 'number') buffer += `<c r="${ref}"><v>${cell}</v></c>`;
          else if (typeof cell === 'string') buffer += `<c r="${ref}" t="s"><v>${indexOf(cell)}</v></c>`;
          else buffer += `<c r="${ref}" s="1"><v>${cell.date}</v></c>`;
        });
        buffer += '</row>';
        if (buffer.length > 1 << 20) {
          file.push(encoder.encode(buffer));
          buffer = '';
        }
      }
      file.push(encoder.encode(`${buffer}</sheetData></worksheet>`), true);
    });
    const sst = [...strings.keys()].map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('');
    text(
      'xl/sharedStrings.xml',
      `<sst xmlns="${NS}" count="${strings.size}" uniqueCount="${strings.size}">${sst}</sst>`,
    );
    text(
      'xl/styles.xml',
      `<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    );
    const sheetList = sheets.map(
      (s, n) => `<sheet name="${escapeXml(s.name)}" sheetId="${n + 1}" r:id="rId${n + 1}"/>`,
    );
    text(
      'xl/workbook.xml',
      `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${sheetList.join('')}</sheets></workbook>`,
    );
    const rels = sheets.map(
      (_, n) => `<Relationship Id="rId${n + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${n + 1}.xml"/>`,
    );
    const k = sheets.length;
    text(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}<Relationship Id="rId${k + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${k + 2}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    );
    text(
      '_rels/.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    const overrides = sheets.map(
      (_, n) =>
        `<Override PartName="/xl/worksheets/sheet${n + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    text(
      '[Content_Types].xml',
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    );
    zip.end();
  });
}
