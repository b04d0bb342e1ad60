import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot, serveDist } from './harness';

// The production pane, opened outside Office in headless Debian chromium: it must render its shell with no console
// errors, both when office.js loads (from the local copy standing in for the CDN) and when it cannot load at all.
describe('pane smoke test', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders the header and navigation outside Office without console errors', async () => {
    const { page, consoleErrors } = await openPage(browser, `${server.url}/taskpane.html`);
    await page.getByRole('banner').waitFor({ timeout: 30000 });
    await page.getByRole('tablist', { name: 'Pages' }).waitFor({ state: 'attached' });
    await screenshot(page, 'smoke-outside-office');
    expect(await page.getByRole('banner').textContent()).toContain('Ops Review');
    expect(consoleErrors).toEqual([]);
  });

  it('starts cleanly when office.js cannot load', async () => {
    const { page, consoleErrors } = await openPage(browser, `${server.url}/taskpane.html`, 'blocked');
    await page.getByRole('banner').waitFor({ timeout: 30000 });
    await screenshot(page, 'smoke-no-officejs');
    // The failed script request itself is logged by the browser; nothing else may be.
    expect(
      consoleErrors.filter((text) => !/office\.js|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(text)),
    ).toEqual([]);
  });
});
