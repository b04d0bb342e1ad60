/**
 * The task pane's figures (issue #8), on the production build in dist/ (`npx webpack --mode production` first):
 * gzipped size of the JavaScript the pane loads before its first render (goal <= 350 KB), and in headless Debian
 * chromium on the sample workbook, the time to the first render of the pane and to a built pack; and before those,
 * the 5,000-line workbook read through Office.js on the strict fake and analysed in the pane's worker runner
 * (`paneAnalysis.ts`, goal <= 1,500 ms for the analysis).
 * `npm run bench -- pane`.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, openPanePage, serveDist } from '../test/e2e/harness';
import type { BenchRow } from './BenchRow';
import { paneAnalysisRows } from './paneAnalysis';

const DIST = path.join(__dirname, '..', 'dist');
const RUNS = 3;

function gzipKb(file: string): number {
  return zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length / 1024;
}

/** The scripts taskpane.html loads itself (office.js comes from Microsoft's CDN and is not ours to count). */
function initialScripts(): string[] {
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:|office\.js$/.test(src));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Milliseconds since the page's navigation started, read in the page. */
const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

export async function run(): Promise<BenchRow[]> {
  // The 5,000-line workbook through Office.js on the strict fake and the pane's worker runner (in Node): no build needed.
  const scale = await paneAnalysisRows();
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    const note = 'dist/taskpane.html is missing: run "npx webpack --mode production" for the browser figures';
    return [...scale, { name: 'pane in headless chromium', value: NaN, unit: '', note }];
  }
  const scripts = initialScripts();
  const lazy = fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith('.js') && !scripts.includes(f) && !f.startsWith('commands'));
  const rows: BenchRow[] = [
    ...scale,
    {
      name: 'initial pane JavaScript, gzipped',
      value: scripts.reduce((sum, f) => sum + gzipKb(f), 0),
      unit: 'KB',
      note: `${scripts.join(', ')}; goal <= 350 KB`,
    },
    {
      name: 'loaded later (preview, charts, ExcelJS, worker), gzipped',
      value: lazy.reduce((sum, f) => sum + gzipKb(f), 0),
      unit: 'KB',
      note: lazy.map((f) => `${f} ${gzipKb(f).toFixed(0)}`).join(', '),
    },
  ];
  const server = await serveDist();
  const browser = await launchBrowser();
  const firstRender: number[] = [];
  const analysed: number[] = [];
  const packBuilt: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const { page } = await openPage(browser, `${server.url}/taskpane.html`);
      await page.locator('header h1').waitFor({ timeout: 60000 });
      firstRender.push(await pageNow(page));
      await page.getByRole('heading', { name: 'Data found in the workbook' }).waitFor({ timeout: 90000 });
      await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 90000 });
      analysed.push(await pageNow(page));
      await openPanePage(page, 'Pack');
      const start = await pageNow(page);
      await page.getByRole('button', { name: 'Build review pack' }).click();
      await page.getByText('Pack written.').waitFor({ timeout: 90000 });
      packBuilt.push((await pageNow(page)) - start);
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const note = (values: number[]) =>
    `median of ${RUNS} runs: ${values.map((v) => v.toFixed(0)).join(', ')} ms; headless chromium, sample workbook`;
  rows.push(
    {
      name: 'time to first render of the pane (preview)',
      value: median(firstRender),
      unit: 'ms',
      note: note(firstRender),
    },
    {
      name: 'time to the analysed sample (read + worker analysis)',
      value: median(analysed),
      unit: 'ms',
      note: note(analysed),
    },
    {
      name: 'time to a built pack (click to "Pack written")',
      value: median(packBuilt),
      unit: 'ms',
      note: note(packBuilt),
    },
  );
  return rows;
}
