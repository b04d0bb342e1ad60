/**
 * The workbook-level parts of a package: the sheets in tab order with their state and part, the date system, the
 * defined names, the shared strings and the number format of each cell style.
 */
import { builtInFormat } from './numberFormats';
import type { OpenedPackage } from './openPackage';
import { readRelationships, resolvePart } from './relationships';
import { ReadRefusal } from './ReadRefusal';
import { relationshipId } from './xmlPart';

/** A worksheet as the workbook part lists it. */
export interface SheetEntry {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** Its part, or null when the package lacks it (the sheet then reads as empty). */
  readonly part: string | null;
}

/** A defined name as the workbook part has it (`localSheetId` for names scoped to one sheet). */
export interface DefinedName {
  readonly name: string;
  readonly formula: string;
  readonly localSheetId?: number;
  readonly hidden: boolean;
}

/** What every sheet's reading needs from the workbook level. */
export interface WorkbookParts {
  readonly sheets: readonly SheetEntry[];
  /** Whether serials count from 1904-01-01 (Mac Excel's old default) rather than 1899-12-30. */
  readonly date1904: boolean;
  readonly definedNames: readonly DefinedName[];
  readonly sharedStrings: readonly string[];
  /** Number format of each cell style (`s` attribute), General when the style sets none. */
  readonly formats: readonly string[];
}

/** @throws ReadRefusal 'not-xlsx' when the package has no workbook part */
export async function readWorkbookParts(pkg: OpenedPackage): Promise<WorkbookParts> {
  const root = await readRelationships(pkg, '');
  const main = [...root.values()].find((r) => r.kind === 'officeDocument')?.target ?? 'xl/workbook.xml';
  if (!pkg.has(main)) throw new ReadRefusal('not-xlsx', 'is not an Excel workbook (.xlsx): it has no workbook part');
  const rels = await readRelationships(pkg, main);
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedName[] = [];
  let date1904 = false;
  let name: Omit<DefinedName, 'formula'> | null = null;
  let formula = '';
  await pkg.readXml(main, {
    open(tag, a) {
      if (tag === 'workbookPr') date1904 = ['1', 'true'].includes(a.get('date1904') ?? '');
      else if (tag === 'sheet') {
        const rel = rels.get(relationshipId(a) ?? '');
        if (rel !== undefined && rel.kind !== 'worksheet') return; // chart sheets and dialog sheets hold no cells
        const part = rel?.target && pkg.has(rel.target) ? rel.target : null;
        const given = a.get('state');
        const state = given === 'hidden' || given === 'veryHidden' ? given : 'visible';
        sheets.push({ name: a.get('name') ?? `Sheet${sheets.length + 1}`, state, part });
      } else if (tag === 'definedName') {
        const scope = a.get('localSheetId');
        const local = scope === undefined ? undefined : Number(scope);
        name = {
          name: a.get('name') ?? '',
          hidden: a.get('hidden') === '1' || a.get('hidden') === 'true',
          localSheetId: local,
        };
        formula = '';
      }
    },
    text(t) {
      if (name) formula += t;
    },
    close(tag) {
      if (tag === 'definedName' && name) {
        definedNames.push({ ...name, formula });
        name = null;
      }
    },
  });
  const partOf = (kind: string): string | undefined =>
    [...rels.values()].find((r) => r.kind === kind)?.target ?? undefined;
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  return {
    sheets,
    date1904,
    definedNames,
    sharedStrings: await readSharedStrings(pkg, partOf('sharedStrings') ?? resolvePart(folder, 'sharedStrings.xml')),
    formats: await readFormats(pkg, partOf('styles') ?? resolvePart(folder, 'styles.xml')),
  };
}

/** Each `<si>` as its plain text: its `<t>`, or its runs' `<t>` joined; phonetic runs (`<rPh>`) left out. */
async function readSharedStrings(pkg: OpenedPackage, part: string): Promise<string[]> {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  await pkg.readXml(part, {
    open(tag) {
      if (tag === 'si') current = '';
      else if (tag === 't') inText = phonetic === 0;
      else if (tag === 'rPh') phonetic += 1;
    },
    text(t) {
      if (inText) current += t;
    },
    close(tag) {
      if (tag === 't') inText = false;
      else if (tag === 'rPh') phonetic -= 1;
      else if (tag === 'si') strings.push(unescapeOoxml(current));
    },
  });
  return strings;
}

/** The format code of each `<xf>` of `<cellXfs>`, custom codes from `<numFmts>` first. */
async function readFormats(pkg: OpenedPackage, part: string): Promise<string[]> {
  const custom = new Map<number, string>();
  const formats: string[] = [];
  let inCellXfs = false;
  await pkg.readXml(part, {
    open(tag, a) {
      if (tag === 'numFmt') custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? 'General');
      else if (tag === 'cellXfs') inCellXfs = true;
      else if (tag === 'xf' && inCellXfs) {
        const id = Number(a.get('numFmtId') ?? 0);
        const code = custom.get(id) ?? builtInFormat(id);
        formats.push(code === '' || /^general$/i.test(code) ? 'General' : code);
      }
    },
    close(tag) {
      if (tag === 'cellXfs') inCellXfs = false;
    },
  });
  return formats;
}

/** Text with OOXML's `_xHHHH_` escapes (control characters such as a carriage return) turned back into characters. */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
