import { screenshot, usePreview } from './harness';

// The production pane, opened outside Office in headless Debian chromium: it must render its shell with no console
// errors, both when office.js loads (from the local copy standing in for the CDN) and when it cannot load at all.
describe('pane smoke test', () => {
  const { openPane } = usePreview();

  it('renders the header and navigation outside Office without console errors', async () => {
    const { page, consoleErrors } = await openPane();
    await page.getByRole('banner').waitFor({ timeout: 30000 });
    await page.getByRole('tablist', { name: 'Pages' }).waitFor({ state: 'attached' });
    await screenshot(page, 'smoke-outside-office');
    expect(await page.getByRole('banner').textContent()).toContain('Ops Review');
    expect(consoleErrors).toEqual([]);
  });

  it('starts cleanly when office.js cannot load', async () => {
    const { page, consoleErrors } = await openPane('blocked');
    await page.getByRole('banner').waitFor({ timeout: 30000 });
    await screenshot(page, 'smoke-no-officejs');
    // The failed script request itself is logged by the browser; nothing else may be.
    expect(
      consoleErrors.filter((text) => !/office\.js|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(text)),
    ).toEqual([]);
  });
});
