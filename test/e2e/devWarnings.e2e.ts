import type { Page } from 'playwright-core';
import { settle, showPage } from './pageChecks';
import { usePreview } from './harness';

// React and Fluent UI check their use only in a development build: a list child without a key, a wrong prop type,
// a state update on an unmounted component. Their warnings never show in the production build the other browser
// tests run, so this file builds the pane in development mode and goes through every page at both widths (charts
// lay out differently), every forecast line and the pack, and fails on anything logged to the console.

const PAGES = ['Data', 'Variance', 'Forecast', 'KPIs', 'SWOT', 'Goals', 'Pack'];

/** Charts every forecast line in turn: each one's series differ (a line's history can be a single month). */
async function chartEveryForecastLine(page: Page): Promise<number> {
  const line = page.getByRole('combobox', { name: 'Line' });
  await line.click();
  await page.getByRole('option').first().waitFor();
  const count = await page.getByRole('option').count();
  await page.keyboard.press('Escape');
  for (let i = 0; i < count; i++) {
    await line.click();
    await page.getByRole('option').nth(i).click();
    await page.waitForTimeout(300);
  }
  return count;
}

describe('the development build', () => {
  const { openPane } = usePreview({ development: true });

  it.each([350, 1400])(
    'logs nothing to the console at %i px on any page, forecast line or pack build',
    async (width) => {
      const { page, consoleErrors, consoleWarnings } = await openPane('local', width);
      await page.getByRole('heading', { name: 'Data found in the workbook' }).waitFor({ timeout: 90000 });
      await settle(page);
      await page.getByRole('button', { name: 'Confirm and analyse' }).click();
      await settle(page);
      for (const name of PAGES) await showPage(page, name);
      await showPage(page, 'Forecast');
      expect(await chartEveryForecastLine(page)).toBeGreaterThan(1);
      await showPage(page, 'Pack');
      await page.getByRole('button', { name: 'Build review pack' }).click();
      await page.getByText('Pack written.').waitFor({ timeout: 90000 });
      // The pages again, now over a workbook with pack sheets.
      for (const name of PAGES) await showPage(page, name);
      expect({ errors: consoleErrors, warnings: consoleWarnings }).toEqual({ errors: [], warnings: [] });
    },
    300_000,
  );
});
