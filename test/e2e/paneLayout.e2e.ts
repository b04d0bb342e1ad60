import fs from 'fs';
import path from 'path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { readXlsxGrids } from '../../src/workbook/xlsx/readXlsx';
import { seriousViolations, settle, showPage } from './pageChecks';
import { resultsDir, screenshot, usePreview } from './harness';
import { layoutProblems } from './layoutChecks';

// The pane at Excel's default task-pane width (350 px) and in a wide window (1400 px): every page, before and after
// the pack is written, must fit without sideways scrolling, cut-off text or text drawn over text, and pass axe. The
// screenshots go to test-results/ to be looked at.

const SAMPLE = path.join(__dirname, '../../examples/sample-ops-review.xlsx');
const PAGES = ['Data', 'Variance', 'Forecast', 'KPIs', 'SWOT', 'Goals', 'Pack'];

describe.each([350, 1400])('the pane at %i px', (width) => {
  const { openPane } = usePreview();
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    ({ page, consoleErrors } = await openPane('local', width));
    await page.getByRole('heading', { name: 'Data found in the workbook' }).waitFor({ timeout: 60000 });
    await settle(page);
  });

  it('shows that "Confirm and analyse" did something', async () => {
    await page.getByRole('button', { name: 'Confirm and analyse' }).click();
    await settle(page);
    const said = page.getByText(/^Saved in the workbook and analysed again: June 2026, FY2026/);
    await said.waitFor({ timeout: 30000 });
    expect(await said.isVisible()).toBe(true);
  });

  it.each(PAGES)(
    'lays out the %s page without overflow, clipping or overlap, and passes axe',
    async (name) => {
      await showPage(page, name);
      await screenshot(page, `layout-${width}-${name.toLowerCase()}`);
      expect({ name, ...(await layoutProblems(page, '[data-area="pane"]')) }).toEqual({
        name,
        overflow: [],
        clipped: [],
        overlapping: [],
      });
      expect({ name, violations: await seriousViolations(page, '[data-area="pane"]') }).toEqual({
        name,
        violations: [],
      });
    },
    240_000,
  );

  it('opens the forecast line list over the pane, not over a blank window, and charts the line chosen', async () => {
    await showPage(page, 'Forecast');
    const heading = page.getByRole('heading', { name: 'Ops Review', level: 1 });
    await page.getByRole('combobox', { name: 'Line' }).click();
    await page.getByRole('option', { name: 'Total expenses' }).waitFor({ timeout: 10000 });
    await screenshot(page, `layout-${width}-forecast-lines`);
    // Fluent mounts the list in a portal; the frame's full-height, white layout once reached that portal too and
    // hid the whole window behind the open list.
    const box = (await heading.boundingBox())!;
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.closest('h1')?.textContent ?? 'something else',
      [box.x + 4, box.y + box.height / 2],
    );
    expect(onTop).toBe('Ops Review');
    await page.getByRole('option', { name: 'Total expenses' }).click();
    await page.getByRole('table', { name: 'Forecast for Total expenses' }).waitFor({ timeout: 10000 });
  });

  it('keeps the pack month on Refresh, and still fits with the pack sheets shown', async () => {
    await showPage(page, 'Pack');
    await page.getByLabel('Month').selectOption('2026-03');
    await page.getByRole('button', { name: 'Build review pack' }).click();
    await page.getByText('Pack written.').waitFor({ timeout: 90000 });
    await page.getByRole('button', { name: 'Refresh' }).click();
    await settle(page);
    await page.getByText('Pack written.').waitFor({ timeout: 90000 });
    const sheets = page.getByRole('tablist', { name: 'Sheets' });
    await sheets.getByRole('tab', { name: 'OR Summary', exact: true }).click();
    const summary = await page.getByRole('region', { name: 'Cells of OR Summary' }).innerText();
    // The title block's "when" line names the pack's month (IBCS title: who, what, when).
    expect(summary).toContain('March 2026 and year to date');
    await screenshot(page, `layout-${width}-pack-written`);
    expect(await layoutProblems(page, '[data-area="pane"]')).toEqual({ overflow: [], clipped: [], overlapping: [] });
    expect(consoleErrors).toEqual([]);
  }, 240_000);

  if (width === 1400) {
    it('downloads the pack the .xlsx writer makes: charts in, source cells unchanged', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download .xlsx' }).click(),
      ]);
      fs.mkdirSync(resultsDir, { recursive: true });
      const saved = path.join(resultsDir, 'preview-download.xlsx');
      await download.saveAs(saved);
      const bytes = fs.readFileSync(saved);
      const zip = await JSZip.loadAsync(bytes);
      // Native DrawingML charts of the pack (Summary, Variance, Forecast, KPIs, SWOT at least).
      expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).length).toBeGreaterThanOrEqual(
        5,
      );
      const toArrayBuffer = (b: Buffer): ArrayBuffer =>
        b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
      const after = await readXlsxGrids(toArrayBuffer(bytes));
      const before = await readXlsxGrids(toArrayBuffer(fs.readFileSync(SAMPLE)));
      for (const grid of before) {
        const written = after.find((g) => g.sheet === grid.sheet && g.tableName === grid.tableName);
        expect({ sheet: grid.sheet, values: written?.values, formulas: written?.formulas }).toEqual({
          sheet: grid.sheet,
          values: grid.values,
          formulas: grid.formulas,
        });
      }
      // Gross profit (Budget FY26 row 18) is a formula whose saved result is a number, not its own text.
      const budget = after.find((g) => g.sheet === 'Budget FY26' && g.tableName === undefined)!;
      const row = budget.values.findIndex((r) => r.includes('Gross profit'));
      expect(typeof budget.values[row][3]).toBe('number');
      const summary = after.find((g) => g.sheet === 'OR Summary')!;
      expect(summary.values.flat()).toContainEqual(expect.stringMatching(/^March 2026 and year to date/));
    });
  }
});
