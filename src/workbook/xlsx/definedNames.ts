/**
 * The defined names of workbook.xml, read and edited as text: the pack marks (`packMarks.ts`) are replaced by
 * removing their elements and inserting new ones, so every other name (constants, sheet-scoped names, their
 * comments, whatever attributes Excel gave them) stays exactly as the user's file has it.
 */
import {
  PACK_SHEET_KEYS,
  packMarkName,
  packMarkReference,
  packMarkTarget,
  type PackSheetKey,
  type RegisteredSheet,
} from '../../engine';
import { attr, unescapeXml } from './xlsxPackage';
import { xmlEscape } from './xmlText';

/** One `<definedName>` element. */
export interface DefinedName {
  readonly name: string;
  /** Index in the sheet list of the sheet it is scoped to; null for a workbook-scoped name. */
  readonly localSheetId: number | null;
  /** Its formula text, unescaped ("'OR Variance'!$A$1"). */
  readonly text: string;
  /** The element as written in the file. */
  readonly element: string;
}

const ELEMENT = /<definedName\b[^>]*?(?:\/>|>([\s\S]*?)<\/definedName>)/g;
const MARK_NAMES = new Set<string>(PACK_SHEET_KEYS.map(packMarkName));

/** Every defined name of workbook.xml, in file order. */
export function definedNames(workbookXml: string): DefinedName[] {
  return [...workbookXml.matchAll(ELEMENT)].map((m) => {
    const local = attr(m[0], 'localSheetId');
    return {
      name: attr(m[0], 'name') ?? '',
      localSheetId: local === undefined ? null : Number(local),
      text: unescapeXml(m[1] ?? ''),
      element: m[0],
    };
  });
}

/**
 * The sheet each key's workbook-scoped mark refers to. A mark with anything but one single-cell reference (broken to
 * `#REF!`, or edited by hand) marks nothing; sheet-scoped copies (Excel makes one when a pack sheet is copied) are not
 * marks.
 */
export function readMarks(workbookXml: string, sheets: readonly string[]): Map<PackSheetKey, string> {
  const names = definedNames(workbookXml).filter((n) => n.localSheetId === null);
  const marked = new Map<PackSheetKey, string>();
  for (const key of PACK_SHEET_KEYS) {
    const found = names.filter((n) => n.name.toUpperCase() === packMarkName(key).toUpperCase());
    const target = found.length === 1 && found[0] ? packMarkTarget(found[0].text) : null;
    const sheet = target === null ? undefined : sheets.find((s) => s.toUpperCase() === target.toUpperCase());
    if (sheet !== undefined) marked.set(key, sheet);
  }
  return marked;
}

/** Elements of workbook.xml that follow `<definedNames>` (CT_Workbook order). */
const AFTER_NAMES = [
  '<calcPr',
  '<oleSize',
  '<customWorkbookViews',
  '<pivotCaches',
  '<smartTagPr',
  '<smartTagTypes',
  '<webPublishing',
  '<fileRecoveryPr',
  '<webPublishObjects',
  '<extLst',
  '</workbook>',
];

/**
 * workbook.xml with the workbook-scoped pack marks replaced by one hidden mark per sheet of `register`; nothing else
 * in the part changes. Unchanged marks are left in place, so a refresh of the same sheets does not edit the part.
 */
export function withMarks(workbookXml: string, register: readonly RegisteredSheet[]): string {
  const wanted = new Map(register.map((r) => [packMarkName(r.key), packMarkReference(r.name)]));
  const current = definedNames(workbookXml).filter((n) => n.localSheetId === null && MARK_NAMES.has(n.name));
  const same =
    current.length === wanted.size &&
    current.every((n) => wanted.get(n.name) === n.text && /\shidden="(1|true)"/.test(n.element));
  if (same) return workbookXml;
  const added = [...wanted].map(
    ([name, reference]) => `<definedName name="${name}" hidden="1">${xmlEscape(reference)}</definedName>`,
  );
  return replaceNames(
    workbookXml,
    current.map((n) => n.element),
    added,
  );
}

/** The sheet-scoped print names a pack sheet may carry (Excel's built-in names). */
const PRINT_NAMES = new Set(['_xlnm.Print_Titles', '_xlnm.Print_Area']);

/** A print name of a pack sheet: `_xlnm.Print_Titles` or `_xlnm.Print_Area`, its references without a sheet ("$1:$7"). */
export interface PrintName {
  readonly name: string;
  readonly references: readonly string[];
}

/**
 * workbook.xml with the print names (repeated title rows, print area) of the pack sheet at `localSheetId` set to
 * `wanted`; nothing else in the part changes, and unchanged names leave the part as it was. Only ever called for the
 * add-in's own sheets, so only their print names are replaced.
 */
export function withPrintNames(
  workbookXml: string,
  localSheetId: number,
  sheetName: string,
  wanted: readonly PrintName[],
): string {
  const current = definedNames(workbookXml).filter((n) => n.localSheetId === localSheetId && PRINT_NAMES.has(n.name));
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  const texts = new Map(wanted.map((w) => [w.name, w.references.map((r) => `${quoted}!${r}`).join(',')]));
  const same = current.length === texts.size && current.every((n) => texts.get(n.name) === n.text);
  if (same) return workbookXml;
  const added = [...texts].map(
    ([name, text]) => `<definedName name="${name}" localSheetId="${localSheetId}">${xmlEscape(text)}</definedName>`,
  );
  return replaceNames(
    workbookXml,
    current.map((n) => n.element),
    added,
  );
}

/** Removes the `stale` elements and inserts `added` ones into the `<definedNames>` list (made where missing). */
function replaceNames(workbookXml: string, stale: readonly string[], added: readonly string[]): string {
  let xml = workbookXml;
  for (const element of new Set(stale)) xml = xml.replace(element, '');
  const inserted = added.join('');
  if (/<definedNames\s*\/>/.test(xml))
    return xml.replace(/<definedNames\s*\/>/, inserted === '' ? '' : `<definedNames>${inserted}</definedNames>`);
  const close = xml.indexOf('</definedNames>');
  if (close >= 0) {
    // An emptied list is dropped rather than left as <definedNames></definedNames>, which Excel rejects.
    const out = `${xml.slice(0, close)}${inserted}${xml.slice(close)}`;
    return out.replace(/<definedNames>\s*<\/definedNames>/, '');
  }
  if (inserted === '') return xml;
  const at = Math.min(...AFTER_NAMES.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
  return `${xml.slice(0, at)}<definedNames>${inserted}</definedNames>${xml.slice(at)}`;
}
