/**
 * Small helpers over the parts of an .xlsx package (a zip of XML parts linked by relationships), as text: where each
 * sheet lives, how to resolve and add a relationship, where <drawing> goes, how to list a part's content type. Every
 * edit is a string insertion or removal, so the rest of a user's part stays byte for byte as it was.
 */
import type JSZip from 'jszip';
import { relsXml } from './drawingXml';
import { XlsxWriteError } from './XlsxWriteError';
import { xmlEscape } from './xmlText';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Relationship type of a sheet's drawing. */
export const DRAWING_TYPE = `${REL}/drawing`;
/** Relationship type of a drawing's chart. */
export const CHART_TYPE = `${REL}/chart`;
/** Relationship type of a workbook's worksheet. */
export const WORKSHEET_TYPE = `${REL}/worksheet`;
/** Relationship type of a workbook's styles part. */
export const STYLES_TYPE = `${REL}/styles`;

export const WORKBOOK = 'xl/workbook.xml';
export const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
export const TYPES = '[Content_Types].xml';
/** The parts a pack edits in every package: the sheet list, its relationships and the content types. */
export const PATCHED_PARTS = [WORKBOOK, WORKBOOK_RELS, TYPES] as const;

/** Why the pack cannot be added to a package, as the writer says it before anything is written. */
export function unsupported(reason: string): XlsxWriteError {
  return new XlsxWriteError('unsupported-workbook', `The pack cannot be added to this workbook: ${reason}.`);
}

/**
 * Refuses a package the pack cannot be added to, from the texts of its {@link PATCHED_PARTS} (a missing part is
 * missing from `texts`): the census of an opened workbook and the writer's patch judge it alike.
 * @throws XlsxWriteError('unsupported-workbook')
 */
export function assertPatchable(texts: ReadonlyMap<string, string>): void {
  const missing = PATCHED_PARTS.find((part) => !texts.has(part));
  if (missing !== undefined) throw unsupported(`it has no ${missing}`);
  if (!/<\/sheets>/.test(texts.get(WORKBOOK) ?? '')) throw unsupported('its workbook part lists no sheets');
}

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
export function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

/** The value of attribute `name` in a start tag, unescaped; undefined when absent. Prefixed names match exactly. */
export function attr(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name.replace(':', '\\:')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return value ? unescapeXml(value[1] ?? value[2] ?? '') : undefined;
}

/** The part a relationship target points at, from the part that holds the relationship. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The relative target from `fromPart` to `toPart` ("../charts/chart3.xml"). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** One relationship of a rels part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** The relationships listed in a rels part's XML. */
export function readRels(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: attr(m[0], 'Id') ?? '',
    type: attr(m[0], 'Type') ?? '',
    target: attr(m[0], 'Target') ?? '',
    external: attr(m[0], 'TargetMode') === 'External',
  }));
}

/** The relationships part of `part` ("xl/worksheets/_rels/sheet1.xml.rels"). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** `relsXml` (or a new rels part when null) with one more relationship; returns its id and the new XML. */
export function withRelationship(
  existing: string | null,
  type: string,
  target: string,
): { readonly id: string; readonly xml: string } {
  const xml = existing ?? relsXml([]);
  const used = new Set(readRels(xml).map((r) => r.id));
  let n = 1;
  while (used.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  const element = `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"/>`;
  const close = xml.lastIndexOf('</Relationships>');
  const added =
    close >= 0
      ? `${xml.slice(0, close)}${element}${xml.slice(close)}`
      : xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${element}</Relationships>`);
  return { id, xml: added };
}

/** Adds a relationship to a (possibly missing) rels part of `zip`; returns its new id. */
export async function addRelationship(zip: JSZip, relsPath: string, type: string, target: string): Promise<string> {
  const existing = (await zip.file(relsPath)?.async('string')) ?? null;
  const { id, xml } = withRelationship(existing, type, target);
  zip.file(relsPath, xml);
  return id;
}

/** One `<sheet>` of workbook.xml: a worksheet, a chart sheet or a dialog sheet. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** The part it lives in ("xl/worksheets/sheet2.xml"); null when its relationship is missing. */
  readonly part: string | null;
  /** Its relationship type says which kind of sheet it is. */
  readonly worksheet: boolean;
}

/** The sheets of a workbook, in tab order, from workbook.xml and its relationships. */
export function sheetEntries(workbookXml: string, relsXmlText: string): SheetEntry[] {
  const rels = new Map(readRels(relsXmlText).map((r) => [r.id, r]));
  return [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const relId = attr(m[0], 'r:id') ?? '';
    const rel = rels.get(relId);
    const state = attr(m[0], 'state');
    return {
      name: attr(m[0], 'name') ?? '',
      sheetId: Number(attr(m[0], 'sheetId') ?? 0),
      relId,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      part: rel && !rel.external ? resolveTarget('xl/workbook.xml', rel.target) : null,
      worksheet: rel?.type.endsWith('/worksheet') ?? false,
    };
  });
}

/** Part path of each sheet by name, from workbook.xml and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const parts = new Map<string, string>();
  for (const sheet of sheetEntries(workbook, rels)) if (sheet.part) parts.set(sheet.name, sheet.part);
  return parts;
}

/** The first n >= start such that `${prefix}${n}.xml` is not a part of the package yet. */
export function freeIndex(zip: JSZip, prefix: string, start: number): number {
  let n = start;
  while (zip.file(`${prefix}${n}.xml`)) n += 1;
  return n;
}

/** [Content_Types].xml with an Override for `part` (replacing one it may already have). */
export function withOverride(types: string, part: string, contentType: string): string {
  const element = `<Override PartName="/${xmlEscape(part)}" ContentType="${contentType}"/>`;
  const current = [...types.matchAll(/<Override\b[^>]*\/>/g)].find(
    (m) => (attr(m[0], 'PartName') ?? '').toLowerCase() === `/${part}`.toLowerCase(),
  );
  if (current && attr(current[0], 'ContentType') === contentType) return types;
  const cleared = withoutOverride(types, part);
  const close = cleared.lastIndexOf('</Types>');
  return `${cleared.slice(0, close)}${element}${cleared.slice(close)}`;
}

/** [Content_Types].xml without the Override of `part`, if any. */
export function withoutOverride(types: string, part: string): string {
  return types.replace(/<Override\b[^>]*\/>/g, (tag) =>
    (attr(tag, 'PartName') ?? '').toLowerCase() === `/${part}`.toLowerCase() ? '' : tag,
  );
}
