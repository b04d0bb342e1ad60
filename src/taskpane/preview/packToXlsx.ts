import type { Pack } from '../../engine';

/** What the pane last wrote into the emulated workbook: the pack and the settings saved with it. */
export interface PreviewWrites {
  readonly pack: Pack | null;
  readonly settings: unknown;
}

/**
 * The workbook the preview was opened from, with what the pane wrote into the emulation written again by the .xlsx
 * writer the `ops-review pack` command uses: the same pack sheets, formats, native charts and page setup, the user's
 * sheets as they were in the file (formulas keep their saved results). ExcelJS is loaded only when asked.
 * @throws XlsxReadError when `original` is not an .xlsx workbook
 */
export async function packToXlsx(original: Uint8Array, writes: PreviewWrites): Promise<Uint8Array> {
  const { XlsxWorkbook } = await import(/* webpackChunkName: "xlsx-writer" */ '../../workbook/xlsx/XlsxWorkbook');
  const workbook = await XlsxWorkbook.load(original);
  if (writes.pack !== null) await workbook.writePack(writes.pack);
  if (writes.settings !== undefined) await workbook.saveSettings(writes.settings);
  return workbook.toBytes();
}
