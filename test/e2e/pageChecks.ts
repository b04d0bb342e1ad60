import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openPanePage } from './harness';

/**
 * Serious and critical axe-core violations on the page as it is now (or only inside `within`, a selector), as
 * "rule: target" lines. Tabster's focus sentinels (`<i data-tabster-dummy tabindex=0 aria-hidden>`, which Fluent UI
 * adds around its focus zones so Tab leaves a grid or tab list) are excluded: they forward focus at once and are
 * never announced, the pattern Fluent documents, but axe's aria-hidden-focus rule flags every one.
 */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (within === undefined ? builder : builder.include(within))
    .exclude('[data-tabster-dummy]')
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Waits for the long work a click started: the progress bar appears (if the work is not instant) and goes. */
export async function settle(page: Page): Promise<void> {
  await page
    .getByRole('progressbar')
    .waitFor({ state: 'attached', timeout: 2000 })
    .catch(() => undefined);
  await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 90000 });
}

/** Opens a page of the pane (from its tab or the "More" menu) and waits for its charts to load and animate in. */
export async function showPage(page: Page, name: string): Promise<void> {
  await openPanePage(page, name);
  await page.getByRole('tab', { name, exact: true, selected: true }).waitFor({ timeout: 10000 });
  const panel = page.getByRole('tabpanel');
  await panel
    .getByText(/^Loading .* chart/)
    .first()
    .waitFor({ state: 'detached', timeout: 20000 });
  // Charts animate in; measure what stays.
  await page.waitForTimeout(400);
}
