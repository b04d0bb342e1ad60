/**
 * The {@link WorkbookPort} over an .xlsx file, for the `ops-review` command: reads the user's sheets, writes or
 * refreshes the pack (only in sheets the add-in created, known by the register and each sheet's mark, see
 * `sheetMarks.ts`; keeping what users typed), keeps settings in a very hidden sheet, and saves with native charts
 * added to what ExcelJS writes.
 */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Grid } from '../../engine/grid/Grid';
import { carryOverEntries } from '../../engine/pack/carryOverEntries';
import { layoutPack } from '../../engine/pack/layoutPack';
import type { Pack, PackSheetKey, RetiredEntry } from '../../engine/pack/Pack';
import { planPackSheets, type PlannedSheet } from '../../engine/pack/planPackSheets';
import { readPackEntries } from '../../engine/pack/readPackEntries';
import { layoutRunLog, readPackRegister, RUN_LOG_SHEET, type RegisteredSheet } from '../../engine/pack/runLogSheet';
import type { SheetLayout } from '../../engine/pack/SheetLayout';
import { SETTINGS_SHEET } from '../../engine/settings/settingsCells';
import type { WorkbookPort, WriteReport } from '../WorkbookPort';
import { addChartParts, type SheetCharts } from './addChartParts';
import { chartData } from './chartData';
import { keepDrawings } from './keepDrawings';
import { lostParts } from './lostParts';
import { workbookGrids } from './readXlsx';
import { fileNotFound, notXlsx } from './XlsxReadError';
import { XlsxWriteError } from './XlsxWriteError';
import { readSettingsText, writeSettingsText } from './settingsSheet';
import { hideSheetMarks, readSheetMarks, writeSheetMarks } from './sheetMarks';
import { worksheetGrid } from './worksheetGrid';
import { writeSheetLayout } from './writeSheetLayout';

/** ExcelJS keeps tab order in a field its typings do not declare. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

/** An .xlsx workbook opened for reading grids and writing the pack; see the module comment. */
export class XlsxWorkbook implements WorkbookPort {
  /** Charts of the pack sheets written in this session, added to the file on save. */
  private readonly charts = new Map<string, SheetCharts>();
  /** Sheets this session rewrote; every other sheet gets its original drawing (charts) back on save. */
  private readonly rewritten = new Set<string>();

  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly original: Uint8Array,
  ) {}

  /**
   * Opens an .xlsx file (its path or its bytes).
   * @throws XlsxReadError when the file is missing or is not an .xlsx workbook
   */
  static async load(input: string | Uint8Array): Promise<XlsxWorkbook> {
    let bytes: Uint8Array;
    try {
      bytes = typeof input === 'string' ? await fs.readFile(input) : input;
    } catch {
      throw fileNotFound(String(input));
    }
    const workbook = new ExcelJS.Workbook();
    try {
      // A plain ArrayBuffer, not a Buffer: the preview runs this writer in the browser, which has no Buffer.
      await workbook.xlsx.load(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
    } catch (error) {
      throw notXlsx(typeof input === 'string' ? input : 'The file', error);
    }
    return new XlsxWorkbook(workbook, bytes);
  }

  /**
   * The register of pack sheets. Only a very hidden `_OpsReview` is the add-in's (a user cannot make a sheet very
   * hidden from Excel's interface), so a visible or merely hidden sheet of that name is a user's: not trusted.
   */
  private register(): {
    trusted: boolean;
    squatted: boolean;
    entries: RegisteredSheet[];
    marked: Map<PackSheetKey, string>;
  } {
    const sheet = this.workbook.getWorksheet(RUN_LOG_SHEET);
    const trusted = sheet?.state === 'veryHidden';
    return {
      trusted,
      squatted: sheet !== undefined && !trusted,
      entries: sheet && trusted ? readPackRegister(worksheetGrid(sheet)) : [],
      marked: readSheetMarks(this.workbook),
    };
  }

  /**
   * The user's sheets and tables as grids; pack sheets (registered and marked) and the add-in's hidden sheets are
   * skipped. A user's sheet that only has a registered name is read: it is theirs.
   */
  async readGrids(): Promise<Grid[]> {
    const register = this.register();
    const own = new Set(register.entries.flatMap((r) => register.marked.get(r.key) ?? []));
    if (register.trusted) own.add(RUN_LOG_SHEET);
    if (this.workbook.getWorksheet(SETTINGS_SHEET)?.state === 'veryHidden') own.add(SETTINGS_SHEET);
    // The workbook parsed on load, not the file's bytes parsed a second time.
    return workbookGrids(this.workbook).filter((g) => !own.has(g.sheet));
  }

  /** Writes or refreshes `pack`; see {@link WorkbookPort.writePack}. */
  async writePack(pack: Pack): Promise<WriteReport> {
    const existing = this.workbook.worksheets.map((s) => s.name);
    const register = this.register();
    const plan = planPackSheets(pack.sheets, existing, register.entries, register.marked);
    const previous: RetiredEntry[] = plan.sheets.flatMap((s) => {
      const sheet = s.refresh ? this.workbook.getWorksheet(s.name) : undefined;
      return sheet ? readPackEntries(worksheetGrid(sheet)) : [];
    });
    const carried = carryOverEntries(pack, previous);
    const layouts = layoutPack(carried.pack);
    plan.sheets.forEach((planned, index) => {
      const layout = layouts[index];
      if (layout) this.writeSheet(planned, layout);
    });
    const messages = [...plan.messages, ...carried.messages];
    if (register.squatted) {
      messages.push(
        `A sheet named "${RUN_LOG_SHEET}" belongs to you, not to Ops Review, so the pack's register was not saved: the next refresh will write new pack sheets instead of updating these.`,
      );
    } else {
      this.replaceSheet(RUN_LOG_SHEET, layoutRunLog(pack.runLog, plan.register));
    }
    writeSheetMarks(this.workbook, plan.register);
    return {
      sheets: plan.sheets.map((s) => ({
        name: s.name,
        created: !s.refresh,
        ...(s.wanted ? { wanted: s.wanted } : {}),
      })),
      messages,
    };
  }

  private writeSheet(planned: PlannedSheet, layout: SheetLayout): void {
    this.replaceSheet(planned.name, layout);
    if (layout.charts.length > 0) {
      this.charts.set(planned.name, {
        sheetName: planned.name,
        charts: layout.charts.map((chart) => ({ chart, data: chartData(layout, chart) })),
      });
    }
  }

  /** Drops the add-in's sheet `name` if present and writes `layout` in a fresh one at the same tab position. */
  private replaceSheet(name: string, layout: SheetLayout): void {
    const old = this.workbook.getWorksheet(name) as Ordered | undefined;
    const position = old?.orderNo;
    if (old) this.workbook.removeWorksheet(old.id);
    const sheet = this.workbook.addWorksheet(name) as Ordered;
    this.rewritten.add(name);
    if (position !== undefined) sheet.orderNo = position;
    writeSheetLayout(sheet, layout);
  }

  async loadSettings(): Promise<unknown> {
    return readSettingsText(this.workbook);
  }

  async saveSettings(settings: unknown): Promise<void> {
    writeSettingsText(this.workbook, JSON.stringify(settings));
    this.rewritten.add(SETTINGS_SHEET);
  }

  /**
   * The workbook as .xlsx bytes: what ExcelJS writes, the original charts of every sheet not rewritten, and the
   * pack's native charts; with sentences about anything the written copy could not keep.
   */
  async write(): Promise<{ bytes: Uint8Array; messages: string[]; lost: string[] }> {
    const written = new Uint8Array(await this.workbook.xlsx.writeBuffer());
    const untouched = new Set(this.workbook.worksheets.map((s) => s.name).filter((n) => !this.rewritten.has(n)));
    const kept = await keepDrawings(this.original, written, untouched);
    const bytes = await hideSheetMarks(await addChartParts(kept.bytes, [...this.charts.values()]));
    const missing = await lostParts(this.original, bytes);
    const messages = [...kept.messages];
    if (missing.length > 0) {
      messages.push(
        `The workbook has ${missing.join(', ')}, which this tool cannot copy: the written workbook does not have them (the original file still does).`,
      );
    }
    const lost = kept.messages.length > 0 ? [...missing, 'charts on sheets with pictures'] : missing;
    return { bytes, messages, lost };
  }

  /** The workbook as .xlsx bytes (see {@link write}). */
  async toBytes(): Promise<Uint8Array> {
    return (await this.write()).bytes;
  }

  /**
   * Saves to `path`; returns sentences about content the saved copy could not keep.
   * @param options.keepEverything refuse (throw) rather than save a copy that lost content: for writing in place
   * @throws XlsxWriteError 'would-lose-content' when `keepEverything` and content would be lost; 'write-failed' when
   * the file cannot be written (folder missing, file open elsewhere, no permission)
   */
  async save(path: string, options: { keepEverything?: boolean } = {}): Promise<string[]> {
    const { bytes, messages, lost } = await this.write();
    if (options.keepEverything && lost.length > 0) {
      throw new XlsxWriteError(
        'would-lose-content',
        `The workbook has ${lost.join(', ')}, which this tool cannot copy, so it was not changed in place. Write the pack to a copy with --out instead.`,
      );
    }
    try {
      await fs.writeFile(path, bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new XlsxWriteError('write-failed', `The pack could not be saved to ${path}: ${reason}`);
    }
    return messages;
  }
}
