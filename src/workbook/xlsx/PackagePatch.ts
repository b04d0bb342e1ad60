/**
 * Edits a user's .xlsx package the way a careful tool edits someone else's document: the pack's own parts (its
 * sheets, their drawings and charts) are added or replaced, and the user's parts are touched only where the format
 * requires an entry, by string insertion: the sheet list and defined names of `xl/workbook.xml`, its relationships,
 * `[Content_Types].xml`, and records appended to `styles.xml`. Every other part keeps its exact bytes.
 */
import JSZip from 'jszip';
import type { RegisteredSheet } from '../../engine';
import { addSheetCharts, type SheetCharts } from './addChartParts';
import { appendStyles, type AppendedStyles } from './appendStyles';
import { withMarks, withPrintNames, type PrintName } from './definedNames';
import {
  assertPatchable,
  freeIndex,
  PATCHED_PARTS,
  readRels,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  sheetEntries,
  STYLES_TYPE,
  withOverride,
  withoutOverride,
  withRelationship,
  WORKSHEET_TYPE,
  type SheetEntry,
  TYPES,
  WORKBOOK,
  WORKBOOK_RELS,
} from './xlsxPackage';
import { xmlEscape } from './xmlText';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** One of the add-in's sheets to put into the package. */
export interface PutSheet {
  readonly name: string;
  readonly state: 'visible' | 'veryHidden';
  /** The sheet XML, ready for this package (`packSheetXml`). */
  readonly xml: string;
  readonly charts?: SheetCharts;
  /** The add-in's existing sheet to replace (its part is reused, its old drawing and charts dropped). */
  readonly replace?: SheetEntry;
}

/** The user's package being edited; see the module comment. */
export class PackagePatch {
  private readonly edited = new Set<string>();

  private constructor(
    private readonly zip: JSZip,
    private readonly text: Map<string, string>,
  ) {}

  /** Opens the package; `bytes` must be a zip holding `xl/workbook.xml` (the caller has read it already). */
  static async open(bytes: Uint8Array): Promise<PackagePatch> {
    const zip = await JSZip.loadAsync(bytes);
    const text = new Map<string, string>();
    for (const part of PATCHED_PARTS) {
      const xml = await zip.file(part)?.async('string');
      if (xml !== undefined) text.set(part, xml);
    }
    assertPatchable(text);
    return new PackagePatch(zip, text);
  }

  private get(part: string): string {
    return this.text.get(part) ?? '';
  }

  private set(part: string, xml: string): void {
    if (xml === this.get(part)) return;
    this.text.set(part, xml);
    this.edited.add(part);
  }

  /** The text of `xl/workbook.xml` as it stands in this patch (for the names it holds). */
  workbookXml(): string {
    return this.get(WORKBOOK);
  }

  /** The workbook's sheets, as its sheet list says. */
  sheets(): SheetEntry[] {
    return sheetEntries(this.get(WORKBOOK), this.get(WORKBOOK_RELS));
  }

  /**
   * Appends `scratchStyles`' records to the workbook's styles part and returns the index maps; a workbook without
   * one gets the scratch's styles part as its own.
   */
  async appendStyles(scratchStyles: string): Promise<AppendedStyles> {
    const rel = readRels(this.get(WORKBOOK_RELS)).find((r) => r.type === STYLES_TYPE && !r.external);
    const part = rel ? resolveTarget(WORKBOOK, rel.target) : null;
    const own = part === null ? undefined : (this.text.get(part) ?? (await this.zip.file(part)?.async('string')));
    if (part !== null && own !== undefined) {
      const appended = appendStyles(own, scratchStyles);
      this.text.set(part, own);
      this.set(part, appended.xml);
      return appended;
    }
    const added = this.zip.file('xl/styles.xml')
      ? `xl/styles${freeIndex(this.zip, 'xl/styles', 2)}.xml`
      : 'xl/styles.xml';
    this.set(added, scratchStyles);
    this.set(
      WORKBOOK_RELS,
      withRelationship(this.get(WORKBOOK_RELS), STYLES_TYPE, relativeTarget(WORKBOOK, added)).xml,
    );
    this.set(TYPES, withOverride(this.get(TYPES), added, STYLES_CT));
    const count = (list: string) =>
      (new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(scratchStyles)?.[1] ?? '').split(/<xf\b|<dxf\b/)
        .length - 1;
    return {
      xml: scratchStyles,
      xf: Array.from({ length: count('cellXfs') }, (_, i) => i),
      dxf: Array.from({ length: count('dxfs') }, (_, i) => i),
    };
  }

  /** Drops the drawing of the add-in's sheet `part` and every part it reaches (the old pack charts). */
  private async dropDrawings(part: string): Promise<void> {
    const queue = [part];
    while (queue.length > 0) {
      const from = queue.shift() as string;
      const rels = (await this.zip.file(relsPathOf(from))?.async('string')) ?? '';
      for (const rel of readRels(rels).filter((r) => !r.external)) {
        const to = resolveTarget(from, rel.target);
        if (!/^xl\/(drawings|charts)\//.test(to) || !this.zip.file(to)) continue;
        queue.push(to);
        this.zip.remove(to);
        this.set(TYPES, withoutOverride(this.get(TYPES), to));
      }
      if (from !== part) this.zip.remove(relsPathOf(from));
    }
    this.zip.remove(relsPathOf(part));
  }

  /** Adds or replaces one of the add-in's sheets; see {@link PutSheet}. */
  async putSheet(sheet: PutSheet): Promise<void> {
    let part = sheet.replace?.part ?? null;
    if (part !== null) await this.dropDrawings(part);
    else {
      part = `xl/worksheets/sheet${freeIndex(this.zip, 'xl/worksheets/sheet', 1)}.xml`;
      this.addToSheetList(sheet, part);
    }
    const charted = sheet.charts
      ? addSheetCharts(this.zip, sheet.charts, part, { sheetXml: sheet.xml, rels: null, types: this.get(TYPES) })
      : { sheetXml: sheet.xml, rels: null, types: this.get(TYPES) };
    this.set(TYPES, charted.types);
    this.zip.file(part, charted.sheetXml);
    if (charted.rels !== null) this.zip.file(relsPathOf(part), charted.rels);
  }

  private addToSheetList(sheet: PutSheet, part: string): void {
    const rel = withRelationship(this.get(WORKBOOK_RELS), WORKSHEET_TYPE, relativeTarget(WORKBOOK, part));
    this.set(WORKBOOK_RELS, rel.xml);
    this.set(TYPES, withOverride(this.get(TYPES), part, WORKSHEET_CT));
    const xml = this.get(WORKBOOK);
    // Only a prefix declared on the root element is in scope for a new <sheet>.
    const root = /<(?:\w+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? '';
    const prefix = new RegExp(`xmlns:(\\w+)="${REL_NS}"`).exec(root)?.[1];
    const id = prefix ? `${prefix}:id="${rel.id}"` : `xmlns:r="${REL_NS}" r:id="${rel.id}"`;
    const sheetId = Math.max(0, ...this.sheets().map((s) => s.sheetId)) + 1;
    const state = sheet.state === 'veryHidden' ? ' state="veryHidden"' : '';
    const element = `<sheet name="${xmlEscape(sheet.name)}" sheetId="${sheetId}"${state} ${id}/>`;
    const close = xml.indexOf('</sheets>');
    this.set(WORKBOOK, `${xml.slice(0, close)}${element}${xml.slice(close)}`);
  }

  /** Sets the print names (title rows, print area) of the add-in's sheet `name`, scoped to it by its position. */
  setPrintNames(name: string, names: readonly PrintName[]): void {
    const index = this.sheets().findIndex((s) => s.name === name);
    if (index < 0) return;
    this.set(WORKBOOK, withPrintNames(this.get(WORKBOOK), index, name, names));
  }

  /** Replaces the pack marks by one per sheet of `register`. */
  setMarks(register: readonly RegisteredSheet[]): void {
    this.set(WORKBOOK, withMarks(this.get(WORKBOOK), register));
  }

  /** The user's parts this patch changed (besides the add-in's own), for reports and tests. */
  editedParts(): string[] {
    return [...this.edited].sort();
  }

  /** The edited package. */
  async bytes(): Promise<Uint8Array> {
    for (const part of this.edited) this.zip.file(part, this.get(part));
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }
}
