/**
 * Settings stored as JSON text in a very hidden sheet, split over the cells of column A because one cell holds at
 * most 32,767 characters. The sheet travels with the workbook, so every director opening it gets the same pack.
 */
import type ExcelJS from 'exceljs';
import { SETTINGS_SHEET, settingsChunks } from '../../engine/settings/settingsCells';
import { officeValue } from './officeValue';
import { XlsxWriteError } from './XlsxWriteError';

/** The stored JSON text, or null when the workbook holds none (or the sheet is a user's, not very hidden). */
export function readSettingsText(workbook: ExcelJS.Workbook): string | null {
  const sheet = workbook.getWorksheet(SETTINGS_SHEET);
  if (!sheet || sheet.state !== 'veryHidden') return null;
  const parts: string[] = [];
  for (let row = 1; row <= sheet.rowCount; row += 1) {
    const value = officeValue(sheet.getCell(row, 1).value);
    if (typeof value !== 'string') break;
    parts.push(value);
  }
  return parts.length === 0 ? null : parts.join('');
}

/**
 * Replaces the stored settings with `json`.
 * @throws XlsxWriteError 'settings-sheet-taken' when a user's own (not very hidden) sheet has the settings sheet's name
 */
export function writeSettingsText(workbook: ExcelJS.Workbook, json: string): void {
  const old = workbook.getWorksheet(SETTINGS_SHEET);
  if (old && old.state !== 'veryHidden') {
    throw new XlsxWriteError(
      'settings-sheet-taken',
      `A sheet named "${SETTINGS_SHEET}" belongs to you, so the Ops Review settings were not saved. Rename that sheet to save them.`,
    );
  }
  if (old) workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(SETTINGS_SHEET);
  settingsChunks(json).forEach((chunk, i) => {
    sheet.getCell(i + 1, 1).value = chunk;
  });
  sheet.state = 'veryHidden';
}
