import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { readXlsxGrids } from '../../src/workbook/xlsx/readXlsx';
import { openPanePage, screenshot, usePreview } from './harness';

// The preview's file handling in headless chromium: the user opens their own .xlsx, builds the pack on it, and
// downloads the emulated workbook, which then holds their sheets and the pack sheets.

const SAMPLE = path.join(__dirname, '../../examples/sample-ops-review.xlsx');

async function analysed(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Data found in the workbook' }).waitFor({ timeout: 60000 });
  await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 90000 });
}

describe('preview files', () => {
  const { openPane } = usePreview();

  it('opens a user file, builds the pack on it and downloads the result', async () => {
    const { page, consoleErrors } = await openPane();
    await analysed(page);
    // The user's own copy, under another name, to tell it from the sample loaded at start.
    await page.getByLabel('Open an .xlsx workbook').setInputFiles({
      name: 'northwind-june.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: fs.readFileSync(SAMPLE),
    });
    await page.getByText('Preview of northwind-june.xlsx').waitFor({ timeout: 30000 });
    await analysed(page);
    await openPanePage(page, 'Pack');
    await page.getByRole('button', { name: 'Build review pack' }).click();
    await page.getByText('Pack written.').waitFor({ timeout: 90000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .xlsx' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('northwind-june (Ops Review).xlsx');
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    const grids = await readXlsxGrids(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const sheets = new Set(grids.map((g) => g.sheet));
    for (const name of ['Budget FY26', 'Actuals FY26', 'OR Summary', 'OR Variance'])
      expect(sheets.has(name)).toBe(true);
    // June 2026 result of the sample, summed by hand from its sheets (see paneFlow.e2e.ts): 186,822.
    const summary = grids.find((g) => g.sheet === 'OR Summary')!;
    expect(summary.values.flat()).toContain(186822);
    await screenshot(page, 'preview-own-file');
    expect(consoleErrors).toEqual([]);
  });

  it('says in words when the opened file is not a workbook', async () => {
    const { page } = await openPane();
    await analysed(page);
    await page
      .getByLabel('Open an .xlsx workbook')
      .setInputFiles({ name: 'notes.xlsx', mimeType: 'text/plain', buffer: Buffer.from('not a zip') });
    const alert = page.getByRole('alert').filter({ hasText: 'Preview problem.' });
    await alert.waitFor({ timeout: 30000 });
    expect(await alert.innerText()).toContain('notes.xlsx could not be opened');
    // The workbook already open stays usable.
    expect(await page.getByText('Preview of sample-ops-review.xlsx').count()).toBe(1);
  });

  it('moves through the pages with the keyboard', async () => {
    const { page } = await openPane();
    await analysed(page);
    await page.getByRole('tablist', { name: 'Pages' }).getByRole('tab', { name: 'Data' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Variance, Jun 2026' }).waitFor({ timeout: 10000 });
    expect(await page.getByRole('tab', { name: 'Variance', selected: true }).count()).toBe(1);
  });
});
