import { execFile } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium; override with CHROMIUM_PATH. Never a downloaded browser: this machine has no internet. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const root = path.resolve(__dirname, '../..');
const distDir = path.join(root, 'dist');
const officeJsDir = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
const cdnPrefix = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const resultsDir = path.join(root, 'test-results');

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Serves a build on a free localhost port: the production build in dist/ unless `dir` names another (such as
 * {@link buildDevelopment}'s). A development build loads office.js from /office-js/, as the dev server serves it.
 */
export async function serveDist(dir = distDir): Promise<{ url: string; close: () => Promise<void> }> {
  if (!fs.existsSync(path.join(dir, 'taskpane.html'))) {
    throw new Error(
      `${path.join(dir, 'taskpane.html')} is missing: run "npx webpack --mode production" first (npm run test:e2e does).`,
    );
  }
  const server = http.createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const [base, rest] = urlPath.startsWith('/office-js/') ? [officeJsDir, urlPath.slice(10)] : [dir, urlPath];
    const file = path.normalize(path.join(base, rest));
    if (!file.startsWith(base) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Builds the pane in development mode into a new temporary folder and returns it: React and Fluent UI run their
 * development checks there (list keys, props, hooks), which the production build leaves out. Source maps are left
 * out to save time; the build takes 20-60 s.
 */
export async function buildDevelopment(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-review-dev-'));
  const cli = require.resolve('webpack-cli/bin/cli.js');
  await promisify(execFile)(process.execPath, [cli, '--mode', 'development', '--no-devtool', '--output-path', dir], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  return dir;
}

/** Playwright gives every launch a new empty profile directory of its own. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: flags });
}

export interface OpenedPage {
  page: Page;
  consoleErrors: string[];
  /** console.warn calls (React and Fluent UI warn there too in a development build). */
  consoleWarnings: string[];
}

/**
 * Opens a page with Microsoft's CDN answered from the @microsoft/office-js package (the production build loads
 * office.js from the CDN; this machine has no internet), or with office.js failing to load when `officeJs` is "blocked".
 */
export async function openPage(
  browser: Browser,
  url: string,
  officeJs: 'local' | 'blocked' = 'local',
  width = 1280,
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const consoleWarnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
    if (message.type() === 'warning') consoleWarnings.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  await context.route('**/*', async (route) => {
    const requestUrl = route.request().url();
    if (requestUrl.startsWith(cdnPrefix)) {
      const file = path.join(officeJsDir, requestUrl.slice(cdnPrefix.length).split('?')[0]);
      if (officeJs === 'local' && file.startsWith(officeJsDir) && fs.existsSync(file)) {
        await route.fulfill({ path: file, contentType: 'text/javascript' });
      } else {
        await route.abort('internetdisconnected');
      }
    } else if (
      requestUrl.startsWith('http://127.0.0.1') ||
      requestUrl.startsWith('data:') ||
      requestUrl.startsWith('blob:')
    ) {
      await route.continue();
    } else {
      await route.abort('blockedbyclient');
    }
  });
  await page.goto(url);
  return { page, consoleErrors, consoleWarnings };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(resultsDir, { recursive: true });
  await page.screenshot({ path: path.join(resultsDir, `${name}.png`), fullPage: true, timeout: 90_000 });
}

/**
 * The preview for the tests of one file: serves dist/ (or, with `development`, a development build made for these
 * tests and removed after them) and launches chromium before them, closes both after them, and opens the pane on
 * demand.
 */
export function usePreview({ development = false } = {}): {
  openPane: (officeJs?: 'local' | 'blocked', width?: number) => Promise<OpenedPage>;
} {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  let built: string | undefined;
  beforeAll(async () => {
    if (development) built = await buildDevelopment();
    server = await serveDist(built);
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (built) fs.rmSync(built, { recursive: true, force: true });
  });
  return {
    openPane: (officeJs = 'local', width = 1280) => {
      if (!browser || !server)
        throw new Error('usePreview: the browser is opened in beforeAll; open the pane in a test');
      return openPage(browser, `${server.url}/taskpane.html`, officeJs, width);
    },
  };
}

/** Opens a page of the pane from its tab, or from the "More" menu where the tab did not fit the pane's width. */
export async function openPanePage(page: Page, name: string): Promise<void> {
  const tabs = page.getByRole('tablist', { name: 'Pages' });
  const tab = tabs.getByRole('tab', { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await tabs.getByRole('tab', { name: /more page/ }).click();
    await page.getByRole('menuitem', { name, exact: true }).click();
  }
}
