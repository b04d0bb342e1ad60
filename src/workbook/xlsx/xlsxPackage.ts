/**
 * Small helpers over the parts of an .xlsx package (a zip of XML parts linked by relationships), for the parts this
 * writer adds to what ExcelJS produced: where each sheet lives, how to link a new part, where <drawing> goes.
 */
import type JSZip from 'jszip';
import { relsXml } from './drawingXml';
import { xmlEscape } from './xmlText';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Relationship type of a sheet's drawing. */
export const DRAWING_TYPE = `${REL}/drawing`;
/** Relationship type of a drawing's chart. */
export const CHART_TYPE = `${REL}/chart`;

/** Worksheet elements that must come after <drawing> (CT_Worksheet order). */
const AFTER_DRAWING = [
  '<legacyDrawing',
  '<legacyDrawingHF',
  '<drawingHF',
  '<picture',
  '<oleObjects',
  '<controls',
  '<webPublishItems',
  '<tableParts',
  '<extLst',
  '</worksheet>',
];

/**
 * The sheet XML with `<drawing>` at its place in the element order. The search starts after the cell data and the
 * conditional formats, because a data-bar rule carries an `<extLst>` of its own inside `<conditionalFormatting>`.
 */
export function insertDrawing(sheetXml: string, relId: string): string {
  const from = Math.max(0, sheetXml.lastIndexOf('</sheetData>'), sheetXml.lastIndexOf('</conditionalFormatting>'));
  const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag, from)).filter((i) => i >= 0));
  return `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`;
}

/** The text an XML attribute value stands for. */
function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Part path of each sheet by name, from workbook.xml and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) parts.set(unescapeXml(name), part);
  }
  return parts;
}

/** The relationships part of `part` ("xl/worksheets/_rels/sheet1.xml.rels"). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Adds a relationship to a (possibly missing) rels part; returns its new id. */
export async function addRelationship(zip: JSZip, relsPath: string, type: string, target: string): Promise<string> {
  const existing = (await zip.file(relsPath)?.async('string')) ?? relsXml([]);
  const used = new Set([...existing.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  zip.file(
    relsPath,
    existing.replace(
      '</Relationships>',
      `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"/></Relationships>`,
    ),
  );
  return id;
}

/** The first n >= start such that `${prefix}${n}.xml` is not a part of the package yet. */
export function freeIndex(zip: JSZip, prefix: string, start: number): number {
  let n = start;
  while (zip.file(`${prefix}${n}.xml`)) n += 1;
  return n;
}
