/**
 * The promise of the one review path: `ops-review pack` and the pane, given the same workbook with the same saved
 * settings (SWOT edits included), write the same pack, cell for cell and chart for chart. The pane runs its real
 * session steps (`sessionSteps`) against the strict Office.js fake; the command runs on an .xlsx file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { packCommand } from '../../src/cli/pack';
import { reviewGrids } from '../../src/engine/review/reviewGrids';
import { swotToSettings } from '../../src/engine/settings/savedSwot';
import { defaultSettings, type Settings } from '../../src/engine/settings/Settings';
import { editableFactors, suggestionKey, type SwotEdits } from '../../src/engine/swot/swotEdits';
import { PACK_SHEET_KEYS } from '../../src/engine/pack/Pack';
import { loadAndAnalyse, writePack, type SessionContext } from '../../src/taskpane/session/sessionSteps';
import { createSessionStore } from '../../src/taskpane/session/sessionStore';
import { workerRunner } from '../../src/taskpane/worker/AnalysisRunner';
import { FakeExcel } from '../../src/workbook/fake/FakeExcel';
import { OfficeWorkbook } from '../../src/workbook/office/OfficeWorkbook';
import { readXlsxSheets, userGrids } from '../../src/workbook/xlsx/readXlsx';
import { XlsxWorkbook } from '../../src/workbook/xlsx/XlsxWorkbook';
import { inProcessWorker } from '../taskpane/worker/inProcessWorker';

// Two whole packs of the sample, written and read back: seconds each on a loaded machine.
jest.setTimeout(60_000);

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample-ops-review.xlsx');
const NOW = new Date('2026-07-03T09:15:00Z');

/** The user's edits on the SWOT page: a weight and a rating changed, one suggestion accepted, one dismissed. */
function userEdits(settingsFree: ReturnType<typeof reviewGrids>): { edits: SwotEdits; accepted: string } {
  const swot = settingsFree.analysedSwot;
  if (!swot || swot.suggestions.length < 2) throw new Error('the sample has a SWOT table with suggestions');
  const factors = editableFactors(swot);
  const [accept, dismiss] = swot.suggestions;
  const edited = factors.map((f, i) => (i === 0 ? { ...f, weight: 0.4 } : i === 1 ? { ...f, rating: 1 } : f));
  edited.push({ factor: accept.factor, category: accept.category, weight: 0.3, rating: 4, source: accept.cells[0] });
  return {
    edits: { factors: edited, decided: [suggestionKey(accept), suggestionKey(dismiss)] },
    accepted: accept.factor,
  };
}

/** Every chart of every sheet of an .xlsx package: sheet, title and each series' name and values reference. */
async function xlsxCharts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const text = (path: string) => zip.file(path)?.async('string') ?? Promise.resolve('');
  const workbook = await text('xl/workbook.xml');
  const rels = await text('xl/_rels/workbook.xml.rels');
  const target = (xml: string, id: string) =>
    new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(xml);
  const resolve = (base: string, path: string) => {
    const parts = base.split('/').slice(0, -1);
    for (const part of path.split('/')) {
      if (part === '..') parts.pop();
      else parts.push(part);
    }
    return path.startsWith('/') ? path.slice(1) : parts.join('/');
  };
  const found: string[] = [];
  for (const [, name, id] of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const m = target(rels, id);
    const sheetPath = resolve('xl/workbook.xml', m?.[1] ?? m?.[2] ?? '');
    const sheetRelsPath = sheetPath.replace(/([^/]+)$/, '_rels/$1.rels');
    const drawingId = /<drawing r:id="([^"]+)"/.exec(await text(sheetPath))?.[1];
    if (!drawingId) continue;
    const sheetRels = await text(sheetRelsPath);
    const d = target(sheetRels, drawingId);
    const drawingPath = resolve(sheetPath, d?.[1] ?? d?.[2] ?? '');
    const drawingRels = await text(drawingPath.replace(/([^/]+)$/, '_rels/$1.rels'));
    for (const [, chartId] of (await text(drawingPath)).matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)) {
      const c = target(drawingRels, chartId);
      const xml = await text(resolve(drawingPath, c?.[1] ?? c?.[2] ?? ''));
      const title = [...(/<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)]
        .map((t) => t[1])
        .join('');
      const ref = (xml: string, tag: string) =>
        new RegExp(`<c:${tag}>[\\s\\S]*?<c:f>([^<]*)</c:f>`).exec(xml)?.[1] ?? '';
      const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
        const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? '';
        return seriesText(unescape(name), ref(ser, 'cat'), ref(ser, 'val'));
      });
      found.push(`${name} | ${unescape(title)} | ${series.join(' ; ')}`);
    }
  }
  return found.sort();
}

/** A chart series as both sides are compared: its name and its category and value ranges, without sheet or $. */
function seriesText(name: string, categories: string | null, values: string): string {
  const plain = (range: string | null) => (range ?? '').replace(/^.*!/, '').replace(/\$/g, '');
  return `${name}: ${plain(categories)} ${plain(values)}`;
}

function unescape(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

describe('ops-review pack and the pane write the same pack', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ops-review-same-'));
    // Only the clock is faked: the command stamps "generated at" with new Date(), the pane with its host's clock.
    jest.useFakeTimers({
      now: NOW,
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'queueMicrotask',
        'performance',
        'hrtime',
      ],
    });
  });
  afterAll(() => {
    jest.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  it('from the same workbook and saved settings, SWOT edits included', async () => {
    const sample = new Uint8Array(readFileSync(SAMPLE));
    const grids = userGrids(await readXlsxSheets(sample));
    const { edits, accepted } = userEdits(reviewGrids(grids, defaultSettings(), { period: '2026-06' }));
    const defaults = defaultSettings();
    const settings: Settings = {
      ...defaults,
      period: '2026-06',
      pack: { ...defaults.pack, author: 'Finance team' },
      swot: swotToSettings(edits),
    };

    // The command line, on the workbook with the settings saved in it.
    const withSettings = await XlsxWorkbook.load(sample);
    await withSettings.saveSettings(settings);
    const input = join(dir, 'reviewed.xlsx');
    const output = join(dir, 'pack.xlsx');
    writeFileSync(input, await withSettings.toBytes());
    const io = { stdout: jest.fn(), stderr: jest.fn() };
    expect(await packCommand([input, '--period', '2026-06', '--out', output], io)).toBe(0);
    const cliBytes = new Uint8Array(readFileSync(output));
    const cliSheets = await readXlsxSheets(cliBytes);

    // The pane, on the same workbook in Excel (the strict fake) with the same settings saved in it.
    const fake = FakeExcel.fromGrids(grids);
    const workbook = new OfficeWorkbook(fake.run);
    await workbook.saveSettings(settings);
    const session: SessionContext = {
      host: {
        workbook,
        // The worker's answer as the pane receives it: copied across, the lines' source cells packed and unpacked.
        runner: workerRunner(inProcessWorker),
        now: () => NOW,
      },
      store: createSessionStore(),
      grids: null,
    };
    const outcome = await loadAndAnalyse(session, new AbortController().signal);
    await writePack(session, outcome, settings.pack.sheets as (typeof PACK_SHEET_KEYS)[number][]);
    expect(session.store.getState().error).toBeNull();
    const paneBook = fake.snapshot();

    const report = session.store.getState().report;
    const names = report?.sheets.map((s) => s.name) ?? [];
    expect(names).toEqual(['OR Summary', 'OR Variance', 'OR Forecast', 'OR KPIs', 'OR SWOT', 'OR Goals']);
    for (const name of names) {
      const pane = paneBook.sheets.find((s) => s.name === name);
      const cli = cliSheets.find((s) => s.name === name);
      if (!pane || !cli?.grid) throw new Error(`${name} is missing from one of the packs`);
      const cliValues = cli.grid.values.map((row) =>
        row.map((v) => (typeof v === 'object' && v !== null ? v.error : v)),
      );
      const trim = (rows: readonly (readonly unknown[])[]) => {
        const kept = rows.map((row) => {
          const r = [...row];
          while (r.length > 0 && (r[r.length - 1] === null || r[r.length - 1] === '')) r.pop();
          return r;
        });
        while (kept.length > 0 && kept[kept.length - 1].length === 0) kept.pop();
        return kept;
      };
      expect({ name, cells: trim(pane.values) }).toEqual({ name, cells: trim(cliValues) });
    }
    const paneCharts = paneBook.sheets
      .flatMap((s) =>
        s.charts.map(
          (c) => `${s.name} | ${c.title} | ${c.series.map((x) => seriesText(x.name, x.xValues, x.values)).join(' ; ')}`,
        ),
      )
      .sort();
    expect(paneCharts.length).toBeGreaterThan(4);
    expect(paneCharts).toEqual(await xlsxCharts(cliBytes));

    // Both carry the user's SWOT: the accepted suggestion is scored and paired in TOWS.
    const swotText = JSON.stringify(cliSheets.find((s) => s.name === 'OR SWOT')?.grid?.values);
    expect(swotText).toContain(accepted);
    expect(swotText).toMatch(new RegExp(`TOWS[\\s\\S]*${accepted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});
