/**
 * The pane's session without rendering the pane: the steps of `sessionSteps` over the reducer's store, against an
 * in-memory workbook holding the sample's grids.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Grid } from '../../../src/engine/grid/Grid';
import type { Pack } from '../../../src/engine/pack/Pack';
import { editableFactors } from '../../../src/engine/swot/swotEdits';
import type { PaneWorkbook } from '../../../src/taskpane/session/PaneHost';
import { sessionReducer } from '../../../src/taskpane/session/sessionState';
import * as steps from '../../../src/taskpane/session/sessionSteps';
import { createSessionStore } from '../../../src/taskpane/session/sessionStore';
import { runAnalysis } from '../../../src/taskpane/worker/runAnalysis';
import { readXlsxSheets, userGrids } from '../../../src/workbook/xlsx/readXlsx';

const SAMPLE = join(__dirname, '..', '..', '..', 'examples', 'sample-ops-review.xlsx');
let grids: Grid[] = [];
beforeAll(async () => {
  grids = userGrids(await readXlsxSheets(new Uint8Array(readFileSync(SAMPLE))));
});

/** A workbook in memory: the sample's grids, the settings last saved and the packs written. */
interface MemoryBook {
  saved: unknown;
  packs: Pack[];
  reads: number;
  workbook: PaneWorkbook;
}

function memoryWorkbook(saved: unknown = null): MemoryBook {
  const book: MemoryBook = {
    saved,
    packs: [] as Pack[],
    reads: 0,
    workbook: {
      readGrids: async () => {
        book.reads += 1;
        return grids;
      },
      loadSettings: async () => book.saved,
      saveSettings: async (settings: unknown) => {
        book.saved = JSON.parse(JSON.stringify(settings)) as unknown;
      },
      writePack: async (pack: Pack) => {
        book.packs.push(pack);
        return { sheets: pack.sheets.map((s) => ({ name: s.name, created: true })), messages: [] };
      },
      selectCell: async () => true,
    },
  };
  return book;
}

function session(book: MemoryBook): steps.SessionContext {
  return {
    host: {
      workbook: book.workbook,
      runner: { run: async (request, onProgress) => runAnalysis(request, onProgress) },
      now: () => new Date('2026-07-03T09:15:00Z'),
    },
    store: createSessionStore(),
    grids: null,
  };
}

const signal = () => new AbortController().signal;

describe('the pane session steps', () => {
  it('loads, analyses the last month with actuals, and builds the pack it shows', async () => {
    const book = memoryWorkbook();
    const s = session(book);
    const outcome = await steps.loadAndAnalyse(s, signal());
    expect(outcome.result.period).toBe('2026-06');
    expect(s.store.getState().busy).toBeNull();
    await steps.buildPack(s, signal(), { period: '2026-06', sheets: ['summary', 'swot'] });
    expect(book.reads).toBe(1); // the month on screen needs no second read
    expect(book.packs[0].sheets.map((p) => p.key)).toEqual(['summary', 'swot']);
    expect(book.saved).toMatchObject({ period: '2026-06', pack: { sheets: ['summary', 'swot'] }, swot: null });
  });

  it('refreshes a March pack as March, reading the workbook again', async () => {
    const book = memoryWorkbook();
    const s = session(book);
    await steps.loadAndAnalyse(s, signal());
    await steps.buildPack(s, signal(), { period: '2026-03', sheets: ['summary'] });
    await steps.refreshPack(s, signal(), { period: '2026-03', sheets: ['summary'] });
    expect(book.packs.map((p) => p.runLog.period)).toEqual(['2026-03', '2026-03']);
    expect(book.reads).toBe(2);
  });

  it('saves SWOT edits with the pack and brings them back on the next load', async () => {
    const book = memoryWorkbook();
    const s = session(book);
    const outcome = await steps.loadAndAnalyse(s, signal());
    const factors = editableFactors(outcome.analysedSwot!).map((f, i) => (i === 0 ? { ...f, weight: 0.05 } : f));
    s.store.dispatch({ type: 'swotEdited', edits: { factors, decided: [] } });
    await steps.buildPack(s, signal(), { period: '2026-06', sheets: ['swot'] });
    expect(book.packs[0].sheets[0]).not.toEqual(
      (
        await (async () => {
          const plain = memoryWorkbook();
          const t = session(plain);
          await steps.loadAndAnalyse(t, signal());
          await steps.buildPack(t, signal(), { period: '2026-06', sheets: ['swot'] });
          return plain.packs[0];
        })()
      ).sheets[0],
    );

    const reopened = session(memoryWorkbook(book.saved));
    const again = await steps.loadAndAnalyse(reopened, signal());
    expect(again.swotEdits.factors[0].weight).toBe(0.05);
    expect(reopened.store.getState().swotEdits).toEqual(again.swotEdits);
  });

  it('confirms the data choices: saves them, analyses again and says what it covers', async () => {
    const book = memoryWorkbook();
    const s = session(book);
    const outcome = await steps.loadAndAnalyse(s, signal());
    await steps.confirmData(s, signal(), { mapping: outcome.summary.mapping, period: '2026-05' });
    expect(s.store.getState().confirmed).toMatch(/^Saved in the workbook and analysed again: May 2026/);
    expect(book.saved).toMatchObject({ period: '2026-05' });
  });

  it('reports a cancelled step as a notice and a failure as an error, never by throwing', async () => {
    const book = memoryWorkbook();
    const s = session(book);
    const controller = new AbortController();
    const running = steps.runStep(s, 'read the workbook', controller, (sig) =>
      steps.loadAndAnalyse(s, sig).then(() => undefined),
    );
    controller.abort();
    await running;
    expect(s.store.getState().notices).toEqual(['Cancelled: read the workbook.']);
    await steps.runStep(s, 'build the review pack', new AbortController(), async () => {
      throw new Error('Excel is busy');
    });
    expect(s.store.getState().error?.title).toBeTruthy();
    expect(s.store.getState().busy).toBeNull();
  });
});

describe('sessionReducer', () => {
  it('keeps only SWOT edits that change something in the settings', async () => {
    const s = session(memoryWorkbook());
    const outcome = await steps.loadAndAnalyse(s, signal());
    const state = s.store.getState();
    expect(state.settings.swot).toBeNull();
    const same = sessionReducer(state, { type: 'swotEdited', edits: outcome.swotEdits });
    expect(same.settings.swot).toBeNull();
    const factors = outcome.swotEdits.factors.map((f, i) => (i === 0 ? { ...f, weight: 0.05 } : f));
    const changed = sessionReducer(state, { type: 'swotEdited', edits: { factors, decided: [] } });
    expect(changed.settings.swot?.factors[0].weight).toBe(0.05);
  });

  it('dismisses one notice by its place in the list', () => {
    const state = createSessionStore().getState();
    const two = sessionReducer(sessionReducer(state, { type: 'notice', message: 'a' }), {
      type: 'notice',
      message: 'b',
    });
    expect(sessionReducer(two, { type: 'dismissNotice', index: 0 }).notices).toEqual(['b']);
  });
});
