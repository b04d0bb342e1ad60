/**
 * The {@link WorkbookPort} over an .xlsx package, bytes in and bytes out (no file system: the command line saves
 * with `xlsxFile.ts`, the pane's preview offers the bytes as a download). The user's parts are never parsed into a
 * model and written again: the pack's own sheets are rendered apart (`renderScratch`) and added to the package, and
 * only the entries the format requires are edited in the user's parts (`PackagePatch`). A sheet is refreshed only
 * when it is provably the add-in's: register entry, mark name and content mark (the engine's `planPackWrite`).
 */
import {
  carriesSheetMark,
  type Grid,
  type Pack,
  planPackWrite,
  readPackRegister,
  RUN_LOG_SHEET,
  SETTINGS_SHEET,
  type WriteReport,
} from '../../engine';
import type { WorkbookPort } from '../WorkbookPort';
import { chartData } from './chartData';
import { readMarks } from './definedNames';
import type { PackagePatch } from './PackagePatch';
import { packSheetXml } from './packSheetXml';
import { readXlsxSheets, userGrids, type XlsxSheet } from './readXlsx';
import type { ScratchSheet } from './renderScratch';
import { assertSettingsSheetFree, readSettingsText } from './settingsSheet';
import { XlsxReadError } from './XlsxReadError';
import { partTexts } from './read/partTexts';
import { assertPatchable, PATCHED_PARTS, sheetEntries, type SheetEntry, WORKBOOK, WORKBOOK_RELS } from './xlsxPackage';
import { XlsxWriteError } from './XlsxWriteError';

/** What the package says about its sheets and the add-in's own ones. */
interface Census {
  readonly entries: SheetEntry[];
  readonly sheets: readonly XlsxSheet[];
  /** Names of the sheets that are the add-in's (register, settings, proven pack sheets). */
  readonly own: Set<string>;
  readonly register: ReturnType<typeof readPackRegister>;
  readonly marks: ReturnType<typeof readMarks>;
  readonly registerEntry: SheetEntry | undefined;
  readonly squatted: boolean;
}

/** An .xlsx workbook opened for reading grids and writing the pack; see the module comment. */
export class XlsxWorkbook implements WorkbookPort {
  private census: Promise<Census> | null = null;
  /** The user's parts edited so far (workbook sheet list, relationships, content types, styles), sorted. */
  edited: string[] = [];

  private constructor(
    private bytes: Uint8Array,
    /** The cells of every sheet as the reader read them at load, for the census of the first write. */
    private readonly loaded: readonly XlsxSheet[],
  ) {
    this.original = bytes;
  }

  /** The bytes as loaded, whose cells {@link loaded} holds. */
  private readonly original: Uint8Array;

  /**
   * Opens an .xlsx package from its bytes.
   * @throws XlsxReadError when the bytes are not an .xlsx workbook (in the reader's words: password, .xls, damaged,
   * too large)
   */
  static async load(bytes: Uint8Array, name = 'The file'): Promise<XlsxWorkbook> {
    const sheets = await readXlsxSheets(bytes).catch((error: unknown) => {
      if (error instanceof XlsxReadError) throw new XlsxReadError(error.code, error.message.replace(/^The file/, name));
      throw error;
    });
    // The reader accepts more packages than the writer can edit (a workbook part elsewhere than xl/workbook.xml,
    // prefixed elements): those are read in full here, and only a pack written into them is refused, in its words.
    return new XlsxWorkbook(bytes, sheets);
  }

  private read(): Promise<Census> {
    this.census ??= this.takeCensus();
    return this.census;
  }

  private async takeCensus(): Promise<Census> {
    // The parts PackagePatch edits, read as text: loading a zip library to read three small parts cost `analyze`
    // about 50 ms (bench/scale.ts); the writer opens its PackagePatch when it writes.
    const texts = await partTexts(this.bytes, PATCHED_PARTS);
    assertPatchable(texts);
    const workbookXml = texts.get(WORKBOOK) ?? '';
    const entries = sheetEntries(workbookXml, texts.get(WORKBOOK_RELS) ?? '');
    // After a write the package holds the pack's sheets too, so its cells are read again.
    const sheets = this.bytes === this.original ? this.loaded : await readXlsxSheets(this.bytes);
    const gridOf = (name: string) => sheets.find((s) => s.name === name)?.grid ?? null;
    const registerEntry = entries.find((e) => e.name === RUN_LOG_SHEET);
    const trusted = registerEntry?.state === 'veryHidden';
    const registerGrid = trusted ? gridOf(RUN_LOG_SHEET) : null;
    const register = registerGrid ? readPackRegister(registerGrid) : [];
    const marks = readMarks(
      workbookXml,
      entries.map((e) => e.name),
    );
    const own = new Set<string>();
    if (trusted) own.add(RUN_LOG_SHEET);
    if (entries.some((e) => e.name === SETTINGS_SHEET && e.state === 'veryHidden')) own.add(SETTINGS_SHEET);
    for (const entry of register) {
      const sheet = marks.get(entry.key);
      if (sheet !== undefined && carriesSheetMark(gridOf(sheet), entry.key)) own.add(sheet);
    }
    return { entries, sheets, own, register, marks, registerEntry, squatted: registerEntry !== undefined && !trusted };
  }

  /** The user's sheets and tables as grids; the add-in's own sheets (proven so) are skipped. */
  async readGrids(): Promise<Grid[]> {
    const census = await this.editableCensus();
    // A package the writer cannot edit holds no pack of ours: every sheet but the very hidden ones is the user's.
    if (census === null) return userGrids(this.loaded);
    return userGrids(census.sheets.filter((s) => !census.own.has(s.name)));
  }

  /** The census, or null for a package the writer cannot edit (reading it needs no census). */
  private editableCensus(): Promise<Census | null> {
    return this.read().catch((error: unknown) => {
      if (error instanceof XlsxWriteError && error.code === 'unsupported-workbook') return null;
      throw error;
    });
  }

  /** Writes or refreshes `pack`; see {@link WorkbookPort.writePack}. */
  async writePack(pack: Pack): Promise<WriteReport> {
    const census = await this.read();
    const plan = planPackWrite(pack, {
      sheetNames: census.entries.map((e) => e.name),
      register: census.register,
      marked: census.marks,
      squatted: census.squatted,
      cellsOf: (name) => census.sheets.find((s) => s.name === name)?.grid ?? null,
    });
    const items: ScratchSheet[] = plan.sheets.map(({ layout }) => ({ layout }));
    if (plan.runLog !== null) items.push({ layout: plan.runLog });
    const scratch = await (await renderer())(items);
    const patch = await openPatch(this.bytes);
    const styles = await patch.appendStyles(scratch.styles);
    const entryOf = (name: string) => census.entries.find((e) => e.name === name);
    for (const [index, planned] of plan.sheets.entries()) {
      await patch.putSheet({
        name: planned.name,
        state: 'visible',
        xml: packSheetXml(scratch.sheets[index] ?? '', scratch.strings, styles, { protect: true }),
        charts: {
          sheetName: planned.name,
          charts: planned.layout.charts.map((chart) => ({ chart, data: chartData(planned.layout, chart) })),
        },
        ...(planned.refresh ? { replace: entryOf(planned.name) } : {}),
      });
      patch.setPrintNames(planned.name, scratch.printNames[index] ?? []);
    }
    if (plan.runLog !== null) {
      await patch.putSheet({
        name: RUN_LOG_SHEET,
        state: 'veryHidden',
        xml: packSheetXml(scratch.sheets[plan.sheets.length] ?? '', scratch.strings, styles, { protect: false }),
        ...(census.registerEntry ? { replace: census.registerEntry } : {}),
      });
    }
    patch.setMarks(plan.register);
    await this.replaceBytes(patch);
    return plan.report;
  }

  private async replaceBytes(patch: PackagePatch): Promise<void> {
    this.edited = [...new Set([...this.edited, ...patch.editedParts()])].sort();
    this.bytes = await patch.bytes();
    this.census = null;
  }

  async loadSettings(): Promise<unknown> {
    return readSettingsText((await this.editableCensus())?.sheets ?? this.loaded);
  }

  /**
   * Saves the settings JSON in the add-in's very hidden settings sheet.
   * @throws XlsxWriteError 'settings-sheet-taken' when a user's own sheet has the settings sheet's name
   */
  async saveSettings(settings: unknown): Promise<void> {
    const census = await this.read();
    const existing = census.entries.find((e) => e.name === SETTINGS_SHEET);
    assertSettingsSheetFree(existing?.state);
    const scratch = await (await renderer())([{ settingsJson: JSON.stringify(settings) }]);
    const patch = await openPatch(this.bytes);
    const styles = await patch.appendStyles(scratch.styles);
    await patch.putSheet({
      name: SETTINGS_SHEET,
      state: 'veryHidden',
      xml: packSheetXml(scratch.sheets[0] ?? '', scratch.strings, styles, { protect: false }),
      ...(existing ? { replace: existing } : {}),
    });
    await this.replaceBytes(patch);
  }

  /** The workbook as .xlsx bytes, with sentences the user should read about it (a signature the pack invalidated). */
  async write(): Promise<{ bytes: Uint8Array; messages: string[]; signed: boolean }> {
    const notes = await (await import('./workbookNotes')).workbookNotes(this.bytes);
    return { bytes: this.bytes, messages: this.edited.length > 0 ? notes.messages : [], signed: notes.signed };
  }

  /** The workbook as .xlsx bytes (see {@link write}). */
  async toBytes(): Promise<Uint8Array> {
    return this.bytes;
  }
}

/** JSZip, which PackagePatch edits the package with, is loaded when something is written, as ExcelJS is. */
async function openPatch(bytes: Uint8Array): Promise<PackagePatch> {
  return (await import('./PackagePatch')).PackagePatch.open(bytes);
}

/** ExcelJS, which renders the pack's sheets, is loaded when a pack is written: `analyze` and `inspect` never need it. */
async function renderer(): Promise<typeof import('./renderScratch').renderScratch> {
  return (await import('./renderScratch')).renderScratch;
}
