/**
 * The pack must open without repair in LibreOffice and show its charts: convert it to PDF headlessly and look for
 * the chart titles in the rendered text (a chart part LibreOffice rejects is silently dropped, taking its title
 * with it). Skipped, saying why, where LibreOffice is not installed; CI installs it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPack } from '../../../src/engine/pack/buildPack';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/XlsxWorkbook';
import { analysisResult } from '../../fixtures/analysisResult';
import { userWorkbookWithChartBytes } from './userWorkbook';

function which(command: string): string | null {
  try {
    return execFileSync('which', [command], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const soffice = which('soffice');
const pdftotext = which('pdftotext');
const run = soffice ? it : it.skip;
if (!soffice) {
  console.warn('LibreOffice (soffice) is not installed: skipping the render test. Install libreoffice-calc-nogui.');
}

describe('the pack in LibreOffice', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ops-review-lo-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  run(
    "converts to a PDF that shows every sheet, every pack chart and the user's own chart",
    async () => {
      const workbook = await XlsxWorkbook.load(await userWorkbookWithChartBytes());
      const monthly = analysisResult.fiscalYear.periods.map((period, i) => ({
        period,
        actual: i < 3 ? 520_000 + i * 4_000 : null,
        budget: 505_000,
        forecast: null,
      }));
      await workbook.writePack(buildPack(analysisResult, { generatedAt: '2026-04-03T09:15:00Z', monthly }));
      const file = join(dir, 'pack.xlsx');
      writeFileSync(file, await workbook.toBytes());
      // A private profile directory, so a concurrent LibreOffice (another test run) does not swallow the job.
      execFileSync(
        soffice as string,
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
        {
          timeout: 110_000,
          stdio: 'ignore',
        },
      );
      const pdf = join(dir, 'pack.pdf');
      expect(existsSync(pdf)).toBe(true);
      expect(statSync(pdf).size).toBeGreaterThan(30_000);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      if (!pdftotext) return;
      const text = execFileSync(pdftotext, ['-layout', pdf, '-'], { encoding: 'utf8' });
      for (const title of [
        'Monthly review in thousands',
        'Month (Mar 2026) and year to date (Jan–Mar 2026)',
        'KPI scorecard',
        'Internal factors (IFE)',
        'IE matrix: cell V (hold and maintain)',
      ]) {
        expect(text).toContain(title);
      }
      // Each chart title appears once as its data table's heading ("Chart data: ...") and again where the chart is drawn
      // (more than once when a page break runs through the chart).
      // The user's own chart, copied back after ExcelJS dropped it, is drawn too.
      expect(text).toContain('Sales by month (user chart)');
      for (const chart of [
        'Revenue by month, FY2026: actual vs budget',
        'Result bridge, year to date (Jan–Mar 2026): budget to actual',
        'Total revenue: history and forecast',
        'KPI attainment (100 % = on target)',
      ]) {
        const times = text.split(chart).length - 1;
        expect({ chart, drawn: times >= 2 }).toEqual({ chart, drawn: true });
      }
    },
    120_000,
  );
});
