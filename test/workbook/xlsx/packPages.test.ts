/**
 * The pack as a director gets it on paper: the sample's pack (written by `ops-review pack`) and the pack of a larger
 * workbook, converted to PDF by LibreOffice, page by page. Every page carries the title block (company, what, when);
 * each sheet prints on exactly the pages its layout planned, which means LibreOffice added no page break of its own
 * and so cut no chart (the planned breaks never fall inside a chart); the pages are kept as PNGs in
 * test-results/pack-pages/ to be looked at. Skipped, saying so, where LibreOffice or poppler is missing; CI
 * installs both.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packCommand } from '../../../src/cli/pack';
import { parseA1 } from '../../../src/engine/grid/address';
import { layoutValueAt } from '../../../src/engine/pack/layoutRangeValues';
import type { SheetLayout } from '../../../src/engine/pack/SheetLayout';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/XlsxWorkbook';
import { largerWorkbookBytes } from './largerWorkbook';
import { packOf, SAMPLE } from './samplePack';

function which(command: string): string | null {
  try {
    return execFileSync('which', [command], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const tools = ['soffice', 'pdftotext', 'pdfinfo', 'pdftoppm'].map((t) => [t, which(t)] as const);
const missing = tools.filter(([, path]) => path === null).map(([t]) => t);
const run = missing.length === 0 ? it : it.skip;
if (missing.length > 0) {
  console.warn(
    `${missing.join(', ')} not installed: skipping the pack page tests. Install libreoffice-calc-nogui and poppler-utils.`,
  );
}

const ARTEFACTS = join(__dirname, '..', '..', '..', 'test-results', 'pack-pages');

/** The title line ("what") of a layout: the row under the company. */
const whatOf = (layout: SheetLayout): string => {
  const v = layoutValueAt(layout, 'A2');
  return v !== null && typeof v === 'object' ? v.text : '';
};

/** The text of each page of `pdf`. */
function pages(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
  );
}

/**
 * The pack's pages and the sheet each belongs to, by the title line repeated on every page of a sheet; the user's
 * own sheets, printed too, carry no pack title. A pack page that lost its title would go uncounted, so the count
 * per sheet checks the title block as well.
 */
function packPages(
  texts: readonly string[],
  layouts: readonly SheetLayout[],
): { page: number; sheet: string; text: string }[] {
  return texts.flatMap((text, i) => {
    const owners = layouts.filter((l) => text.includes(whatOf(l)));
    if (owners.length === 0) return [];
    expect({ page: i + 1, owners: owners.map((l) => l.name) }).toEqual({ page: i + 1, owners: [owners[0]?.name] });
    return [{ page: i + 1, sheet: owners[0]?.name ?? '?', text }];
  });
}

function convert(dir: string, files: readonly string[]): void {
  // A private profile directory, so a concurrent LibreOffice (another test run) does not swallow the job.
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
    { timeout: 170_000, stdio: 'ignore' },
  );
}

/** Asserts the printed pages of one pack and keeps them as PNGs; returns pages per sheet. */
function checkPages(pdf: string, layouts: readonly SheetLayout[], company: string, name: string): Map<string, number> {
  // The pages are kept before anything is asserted, so a failure can be looked at.
  mkdirSync(ARTEFACTS, { recursive: true });
  for (const file of readdirSync(ARTEFACTS)) if (file.startsWith(`${name}-`)) rmSync(join(ARTEFACTS, file));
  copyFileSync(pdf, join(ARTEFACTS, `${name}.pdf`));
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(ARTEFACTS, name)]);
  const printed = packPages(pages(pdf), layouts);
  const counts = new Map<string, number>();
  for (const { page, sheet, text } of printed) {
    counts.set(sheet, (counts.get(sheet) ?? 0) + 1);
    const when = layouts.find((l) => l.name === sheet);
    const whenLine = when ? layoutValueAt(when, 'A3') : null;
    expect({ page, company: text.includes(company) }).toEqual({ page, company: true });
    expect({ page, when: whenLine !== null && typeof whenLine === 'object' && text.includes(whenLine.text) }).toEqual({
      page,
      when: true,
    });
    expect({ page, footer: /Page \d+ of \d+/.test(text) }).toEqual({ page, footer: true });
  }
  for (const layout of layouts) {
    const planned = (layout.print?.rowBreaks.length ?? 0) + 1;
    expect({ sheet: layout.name, pages: counts.get(layout.name) }).toEqual({ sheet: layout.name, pages: planned });
  }
  return counts;
}

/** No planned page break falls inside a chart's rows. */
function expectChartsWhole(layouts: readonly SheetLayout[]): void {
  for (const layout of layouts) {
    for (const chart of layout.charts) {
      const top = (parseA1(chart.from)?.row ?? 0) + 1;
      const bottom = (parseA1(chart.to)?.row ?? 0) + 1;
      const cut = (layout.print?.rowBreaks ?? []).filter((row) => row >= top && row < bottom);
      expect({ chart: chart.id, cut }).toEqual({ chart: chart.id, cut: [] });
    }
  }
}

describe('the pack on paper', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ops-review-pages-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  run(
    'prints the sample pack and a larger pack with the title block on every page and no chart cut',
    async () => {
      const samplePdfSource = join(dir, 'sample-pack.xlsx');
      const io = { stdout: () => undefined, stderr: () => undefined };
      expect(await packCommand([SAMPLE, '--period', '2026-06', '--out', samplePdfSource], io)).toBe(0);
      const sample = await packOf(SAMPLE, '2026-06');

      const larger = await packOf(await largerWorkbookBytes());
      const workbook = await XlsxWorkbook.load(await largerWorkbookBytes());
      await workbook.writePack(larger.pack);
      const largerSource = join(dir, 'larger-pack.xlsx');
      writeFileSync(largerSource, await workbook.toBytes());

      convert(dir, [samplePdfSource, largerSource]);
      expectChartsWhole(sample.layouts);
      expectChartsWhole(larger.layouts);
      const samplePages = checkPages(join(dir, 'sample-pack.pdf'), sample.layouts, 'Northwind Logistics', 'sample');
      const largerPages = checkPages(join(dir, 'larger-pack.pdf'), larger.layouts, 'Harbour Foods Ltd', 'larger');
      // Sheets only for what each workbook has: the larger one has no KPI, SWOT or objectives table.
      expect(larger.layouts.map((l) => l.key)).toEqual(['summary', 'variance', 'forecast']);
      console.info(
        `pages per sheet: sample ${JSON.stringify(Object.fromEntries(samplePages))}; larger ${JSON.stringify(Object.fromEntries(largerPages))}`,
      );
    },
    240_000,
  );
});
