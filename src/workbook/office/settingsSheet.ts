/**
 * Settings live as JSON text in column A of a very-hidden sheet, `_OpsReviewSettings`, split into cells of at most
 * 32,767 characters (Excel's cell limit). A sheet rather than a custom XML part (`workbook.customXmlParts`,
 * ExcelApi 1.5) because the .xlsx adapter (ExcelJS) reads and writes sheets but not custom XML parts, so the add-in
 * and `ops-review` share one copy of the settings. The text is returned unparsed: `parseSettings` validates it.
 */
import { SETTINGS_SHEET, settingsChunks } from '../../engine';
import type { ExcelContext } from './ExcelApi';
import { OfficeWorkbookError } from './OfficeWorkbookError';

/** The stored JSON text, or null when the workbook holds none (or the sheet is a user's, not very hidden). */
export async function loadSettingsText(context: ExcelContext): Promise<string | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).load('visibility');
  const used = sheet.getUsedRangeOrNullObject(true).load('values');
  await context.sync();
  if (sheet.isNullObject || sheet.visibility !== 'VeryHidden' || used.isNullObject) return null;
  // Column A, top to bottom; anything else on the sheet is not ours to interpret.
  const text = used.values.map((row) => (typeof row[0] === 'string' ? row[0] : '')).join('');
  return text === '' ? null : text;
}

/** Writes `json` over the previous settings in one sync (two when the sheet has to be created first). */
export async function saveSettingsText(context: ExcelContext, json: string): Promise<void> {
  const existing = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).load('visibility');
  await context.sync();
  if (!existing.isNullObject && existing.visibility !== 'VeryHidden') {
    throw new OfficeWorkbookError(
      'settings-failed',
      `A sheet named "${SETTINGS_SHEET}" exists and is not the add-in's, so the settings were not saved. Rename that sheet and save again.`,
    );
  }
  const sheet = existing.isNullObject ? context.workbook.worksheets.add(SETTINGS_SHEET) : existing;
  const chunks = settingsChunks(json);
  if (!existing.isNullObject) sheet.getRange().clear('Contents');
  if (chunks.length > 0) {
    // A leading apostrophe stores the JSON as text: Excel never reads it as a formula or a number.
    sheet.getRange(`A1:A${chunks.length}`).values = chunks.map((c) => [`'${c}`]);
  }
  sheet.visibility = 'VeryHidden';
  await context.sync();
}
