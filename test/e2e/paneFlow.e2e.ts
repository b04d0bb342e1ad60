import type { Page } from 'playwright-core';
import { seriousViolations, settle } from './pageChecks';
import { openPanePage, screenshot, usePreview } from './harness';

// The whole flow of the preview in headless Debian chromium, on the sample workbook: the pane reads the emulated
// workbook through its real Office.js adapter, the user confirms the tables, opens every results page and builds the
// pack, and the emulated workbook then holds the pack sheets with the expected headline figures.

// Each page shows its heading, or its sentence for a workbook without that kind of table; either way it rendered
// without failing. `drawn` is what its chart must have drawn (an SVG selector inside the page).
const pages: { tab: string; shown: RegExp; drawn?: string }[] = [
  { tab: 'Variance', shown: /^Variance, Jun 2026$/ },
  // The shaded interval: the 80 % slice of the stacked area chart, in the pack's band grey.
  { tab: 'Forecast', shown: /^Forecast$/, drawn: 'path[fill="#BFBFBF"]' },
  { tab: 'KPIs', shown: /^KPI scorecard$/ },
  // The company's point on the IE chart, beside the labelled grid.
  { tab: 'SWOT', shown: /^SWOT$/, drawn: 'svg[aria-label^="IE matrix position: IFE 2.25, EFE 2.50"]' },
  { tab: 'Goals', shown: /^Goals$|^No objectives table was found/ },
];

describe('pane flow in the preview', () => {
  const { openPane } = usePreview();
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    ({ page, consoleErrors } = await openPane());
    await page.getByRole('heading', { name: 'Data found in the workbook' }).waitFor({ timeout: 60000 });
    await settle(page);
  });

  it('shows the detected tables and problems, and selects a problem cell in the workbook', async () => {
    const pane = page.locator('main');
    await pane.getByText(/^6 tables found/).waitFor();
    expect(await pane.getByRole('button', { name: /Budget FY26!A4:Q30: Budget \/ actuals/ }).count()).toBe(1);
    await screenshot(page, 'flow-1-data');
    expect(await seriousViolations(page)).toEqual([]);
    await pane.getByRole('button', { name: 'Actuals FY26!H7' }).click();
    const sheets = page.getByRole('tablist', { name: 'Sheets' });
    await sheets.getByRole('tab', { name: 'Actuals FY26', selected: true }).waitFor({ timeout: 10000 });
  });

  it('confirms the tables and opens every results page', async () => {
    await page.getByRole('button', { name: 'Confirm and analyse' }).click();
    await settle(page);
    for (const { tab, shown, drawn } of pages) {
      await openPanePage(page, tab);
      const panel = page.getByRole('tabpanel');
      await panel.getByText(shown).first().waitFor({ timeout: 20000 });
      // Charts load lazily: wait for them before the screenshot and the accessibility check.
      await panel
        .getByText(/^Loading .* chart/)
        .first()
        .waitFor({ state: 'detached', timeout: 20000 });
      expect(await panel.getByRole('alert').count()).toBe(0);
      if (drawn) expect({ tab, drawn: await panel.locator(drawn).count() }).toEqual({ tab, drawn: 1 });
      await screenshot(page, `flow-2-${tab.toLowerCase()}`);
      expect({ tab, violations: await seriousViolations(page) }).toEqual({ tab, violations: [] });
    }
  });

  it('builds the pack into the emulated workbook with the expected headline figures', async () => {
    await openPanePage(page, 'Pack');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Build review pack' }).click();
    await page.getByText('Pack written.').waitFor({ timeout: 90000 });
    const sheets = page.getByRole('tablist', { name: 'Sheets' });
    for (const name of ['OR Summary', 'OR Variance', 'OR Forecast', 'OR KPIs', 'OR SWOT', 'OR Goals']) {
      expect(await sheets.getByRole('tab', { name, exact: true }).count()).toBe(1);
    }
    await sheets.getByRole('tab', { name: 'OR Summary', exact: true }).click();
    const summary = await page.getByRole('region', { name: 'Cells of OR Summary' }).innerText();
    // June 2026 from the sample's sheets, summed by hand: actual revenue rows 6-9 = 1,028,568, cost of sales rows
    // 12-16 = 524,167, operating expenses rows 20-26 = 317,579 → result 186,822; budget 1,054,167 - 524,999 -
    // 332,166 = 197,002; variance -10,180, -10,180 / 197,002 = -5.2 %. The Summary states "US$ thousands" and the
    // sheet view shows the cells as Excel does under their formats (#,##0,): 187 and -10.
    expect(summary).toContain('Monthly review in US$ thousands');
    // The Summary's "Result against budget" row: actual, ΔBU and ΔBU % (the sheet view shows the cells tab-separated).
    expect(summary).toContain('Result, June 2026\t187\t-10\t-5.2%');
    await screenshot(page, 'flow-3-pack');
    expect(consoleErrors).toEqual([]);
  });
});
