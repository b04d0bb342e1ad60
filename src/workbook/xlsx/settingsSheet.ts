/**
 * Settings stored as JSON text in a very hidden sheet, split over the cells of column A because one cell holds at
 * most 32,767 characters. The sheet travels with the workbook, so every director opening it gets the same pack.
 */
import { SETTINGS_SHEET } from '../../engine';
import type { XlsxSheet } from './readXlsx';
import { XlsxWriteError } from './XlsxWriteError';

/** The stored JSON text, or null when the workbook holds none (or the sheet is a user's, not very hidden). */
export function readSettingsText(sheets: readonly XlsxSheet[]): string | null {
  const sheet = sheets.find((s) => s.name === SETTINGS_SHEET);
  if (!sheet || sheet.state !== 'veryHidden' || sheet.grid === null || sheet.grid.address !== 'A1') return null;
  const parts: string[] = [];
  for (const row of sheet.grid.values) {
    const value = row[0];
    if (typeof value !== 'string') break;
    parts.push(value);
  }
  return parts.length === 0 ? null : parts.join('');
}

/**
 * Checks that the settings sheet, if the workbook has one, is the add-in's.
 * @throws XlsxWriteError 'settings-sheet-taken' when a user's own (not very hidden) sheet has the settings sheet's name
 */
export function assertSettingsSheetFree(state: string | undefined): void {
  if (state !== undefined && state !== 'veryHidden') {
    throw new XlsxWriteError(
      'settings-sheet-taken',
      `A sheet named "${SETTINGS_SHEET}" belongs to you, so the Ops Review settings were not saved. Rename that sheet to save them.`,
    );
  }
}
