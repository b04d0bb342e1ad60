/**
 * The pane session's steps as plain async functions over a store and a host: load and analyse, confirm the data
 * choices, write the pack, save SWOT edits. `usePaneSession` binds them to React; tests call them directly.
 * Each reads the state it needs from the store when it runs and reports through events, never by throwing past
 * {@link runStep}.
 */
import { type Grid, packFor, type PackSheetKey, type Settings, type SourceRef, storedSettings } from '../../engine';
import type { DataChoices } from '../pages/dataChoices';
import { CancelledError } from '../worker/AnalysisRunner';
import type { AnalysisOutcome } from '../worker/protocol';
import { confirmation } from './confirmation';
import { describeError } from './describeError';
import type { PaneHost } from './PaneHost';
import { packSettings } from './sessionState';
import type { SessionStore } from './sessionStore';

/** What the steps work with: the host, the store, and the grids last read (kept so a new month needs no re-read). */
export interface SessionContext {
  readonly host: PaneHost;
  readonly store: SessionStore;
  grids: Grid[] | null;
}

/**
 * Runs one long step under `signal`; a cancellation is reported as a notice, a failure as an error. Racing the abort
 * lets Cancel take effect at once, even while an Office.js call that cannot be stopped is pending.
 */
export async function runStep(
  session: SessionContext,
  what: string,
  controller: AbortController,
  work: (signal: AbortSignal) => Promise<unknown>,
): Promise<void> {
  const aborted = new Promise<never>((_, reject) =>
    controller.signal.addEventListener('abort', () => reject(new CancelledError()), { once: true }),
  );
  try {
    await Promise.race([work(controller.signal), aborted]);
  } catch (error) {
    if (error instanceof CancelledError || controller.signal.aborted)
      session.store.dispatch({ type: 'cancelled', what });
    else session.store.dispatch({ type: 'failed', error: describeError(what, error) });
  }
}

/** Reviews the workbook (reading its grids again when `reread`) under `settings` for `period`, in the runner. */
export async function analyse(
  session: SessionContext,
  signal: AbortSignal,
  settings: Settings,
  period: string | null,
  reread: boolean,
): Promise<AnalysisOutcome> {
  const { host, store } = session;
  if (reread || !session.grids) {
    store.dispatch({ type: 'busy', busy: { label: 'Reading the workbook', fraction: null, cancellable: true } });
    const grids = await host.workbook.readGrids();
    if (signal.aborted) throw new CancelledError();
    session.grids = grids;
  }
  const outcome = await host.runner.run(
    { grids: session.grids, settings, request: { period } },
    (p) => store.dispatch({ type: 'busy', busy: { label: p.label, fraction: p.fraction, cancellable: true } }),
    signal,
  );
  store.dispatch({ type: 'analysed', outcome, period });
  return outcome;
}

/**
 * Loads the saved settings and reviews the workbook. The month and SWOT edits saved with the last pack come back, so
 * every director sees the same pack; the review keeps the SWOT edits only while the workbook has the same factors.
 */
export async function loadAndAnalyse(session: SessionContext, signal: AbortSignal): Promise<AnalysisOutcome> {
  const { store } = session;
  store.dispatch({ type: 'busy', busy: { label: 'Loading settings', fraction: null, cancellable: true } });
  const parsed = storedSettings(await session.host.workbook.loadSettings());
  store.dispatch({ type: 'settingsLoaded', parsed });
  return analyse(session, signal, store.getState().settings, parsed.settings.period, true);
}

/** Saves the confirmed mapping and month, reviews again and says what changed. */
export async function confirmData(session: SessionContext, signal: AbortSignal, choices: DataChoices): Promise<void> {
  const { host, store } = session;
  const current = store.getState();
  const settings: Settings = {
    ...current.settings,
    mapping: { ...choices.mapping },
    period: choices.period ?? current.settings.period,
  };
  store.dispatch({
    type: 'busy',
    busy: { label: 'Saving your choices in the workbook', fraction: null, cancellable: false },
  });
  await host.workbook.saveSettings(settings);
  store.dispatch({ type: 'settingsSaved', settings });
  const after = await analyse(session, signal, settings, choices.period, false);
  store.dispatch({ type: 'confirmed', sentence: confirmation(current.outcome, after) });
}

/**
 * Writes the pack of `outcome` with the current SWOT edits and saves the settings it was built with, so `ops-review
 * pack` on the saved workbook builds the same pack. Not cancellable: stopping between sheets would leave a pack from
 * two different runs.
 */
export async function writePack(
  session: SessionContext,
  outcome: AnalysisOutcome,
  sheets: readonly PackSheetKey[],
): Promise<void> {
  const { host, store } = session;
  const settings = packSettings(store.getState(), outcome, sheets);
  const pack = packFor(outcome, settings, { generatedAt: host.now().toISOString() });
  store.dispatch({
    type: 'busy',
    busy: { label: `Writing ${pack.sheets.length} pack sheets`, fraction: null, cancellable: false },
  });
  const report = await host.workbook.writePack(pack);
  await host.workbook.saveSettings(settings);
  store.dispatch({ type: 'packWritten', report, settings });
}

/** Builds the pack for `period`, reviewing again only when the month differs from the one on screen. */
export async function buildPack(
  session: SessionContext,
  signal: AbortSignal,
  request: { readonly period: string | null; readonly sheets: readonly PackSheetKey[] },
): Promise<void> {
  const current = session.store.getState().outcome;
  const outcome =
    current && current.result.period === request.period
      ? current
      : await analyse(session, signal, session.store.getState().settings, request.period, false);
  await writePack(session, outcome, request.sheets);
}

/**
 * Refreshes the pack: the workbook is read again for new figures and commentary, and the pack keeps its month (a
 * refresh does not move a March pack to the latest month).
 */
export async function refreshPack(
  session: SessionContext,
  signal: AbortSignal,
  request: { readonly period: string | null; readonly sheets: readonly PackSheetKey[] },
): Promise<void> {
  const outcome = await analyse(session, signal, session.store.getState().settings, request.period, true);
  await writePack(session, outcome, request.sheets);
}

/** Saves the settings in force (the SWOT edits the user made) quietly; a failure is reported as an error. */
export async function saveSwotEdits(session: SessionContext): Promise<void> {
  try {
    await session.host.workbook.saveSettings(session.store.getState().settings);
  } catch (error) {
    session.store.dispatch({ type: 'failed', error: describeError('save your SWOT changes', error) });
  }
}

/**
 * Selects the first of `refs` in the workbook (clicking a diagnostic or a figure's source). A cell removed since the
 * analysis is said in a notice, not an error: the workbook simply changed.
 */
export async function selectCells(session: SessionContext, refs: readonly SourceRef[]): Promise<void> {
  const first = refs[0];
  if (!first) return;
  const where = `${first.sheet}!${first.cell}`;
  try {
    if (await session.host.workbook.selectCell(first.sheet, first.cell)) return;
    const message = `${where} is no longer in the workbook (the sheet or cell was removed since the analysis). Refresh to read the workbook again.`;
    session.store.dispatch({ type: 'notice', message });
  } catch (error) {
    session.store.dispatch({ type: 'failed', error: describeError(`select ${where}`, error) });
  }
}
