import { useCallback, useEffect, useRef, useState } from 'react';
import type { Grid } from '../../engine/grid/Grid';
import { buildPack } from '../../engine/pack/buildPack';
import type { PackSheetKey } from '../../engine/pack/Pack';
import type { SourceRef } from '../../engine/read/datasets';
import type { AnalysisResult } from '../../engine/results/AnalysisResult';
import { SETTINGS_VERSION, defaultSettings, parseSettings, type Settings } from '../../engine/settings/Settings';
import { setFunctionSettings } from '../../functions/functionSettings';
import type { DataChoices } from '../pages/dataChoices';
import type { PackRequest } from '../pages/PackPage';
import { rescoreSwot } from '../pages/rescoreSwot';
import type { SwotEdits } from '../pages/SwotPage';
import { CancelledError } from '../worker/AnalysisRunner';
import type { AnalysisOutcome } from '../worker/protocol';
import { describeError } from './describeError';
import { swotFromSettings, swotToSettings } from './savedSwot';
import type { PaneHost } from './PaneHost';
import { confirmation } from './confirmation';
import { initialSession, withOutcome, type Busy, type SessionState } from './sessionState';

/** What the pane can do, bound to its host; every action reports failures in the state, never by throwing. */
export interface PaneSession {
  readonly state: SessionState;
  readonly reload: () => void;
  readonly confirmData: (choices: DataChoices) => void;
  readonly buildPack: (request: PackRequest) => void;
  readonly refreshPack: (request: PackRequest) => void;
  readonly cancel: () => void;
  readonly selectCells: (refs: readonly SourceRef[]) => void;
  readonly setSwotEdits: (edits: SwotEdits) => void;
  readonly dismissError: () => void;
  readonly dismissNotice: (index: number) => void;
}

/** How long the SWOT page must be left alone before its edits are saved in the workbook (one write per pause). */
export const SWOT_SAVE_DELAY_MS = 1500;

/** The result the pack is built from: the analysis with the user's SWOT weights and ratings applied. */
function editedResult(result: AnalysisResult, edits: SwotEdits): AnalysisResult {
  return result.swot && edits.factors.length > 0
    ? { ...result, swot: rescoreSwot(result.swot, edits.factors).swot }
    : result;
}

/**
 * The pane's session: loads settings, reads and analyses the workbook in the worker, writes the pack, with progress
 * and cancellation for each long step. Starts reading as soon as it mounts.
 */
export function usePaneSession(host: PaneHost): PaneSession {
  const [state, setState] = useState<SessionState>(initialSession);
  const stateRef = useRef(state);
  stateRef.current = state;
  const grids = useRef<Grid[] | null>(null);
  const abort = useRef<AbortController | null>(null);
  const swotSave = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Every settings load and save lands in state.settings; the OPSREVIEW functions in this same runtime follow it.
  useEffect(() => {
    setFunctionSettings(state.settings);
  }, [state.settings]);
  useEffect(
    () => () => {
      if (swotSave.current !== null) clearTimeout(swotSave.current);
    },
    [],
  );

  const setBusy = (busy: Busy | null): void => setState((s) => ({ ...s, busy }));

  /** Runs one long step with a fresh abort signal; a cancellation is reported as a notice, a failure as an error. */
  const step = useCallback(async (what: string, work: (signal: AbortSignal) => Promise<void>): Promise<void> => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    // Racing the abort lets Cancel take effect at once, even while an Office.js call that cannot be stopped is pending.
    const aborted = new Promise<never>((_, reject) =>
      controller.signal.addEventListener('abort', () => reject(new CancelledError()), { once: true }),
    );
    try {
      await Promise.race([work(controller.signal), aborted]);
    } catch (error) {
      if (error instanceof CancelledError || controller.signal.aborted) {
        setState((s) => ({ ...s, busy: null, notices: [...s.notices, `Cancelled: ${what}.`] }));
      } else {
        setState((s) => ({ ...s, busy: null, error: describeError(what, error) }));
      }
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  }, []);

  const analyse = useCallback(
    async (
      signal: AbortSignal,
      settings: Settings,
      period: string | null,
      reread: boolean,
    ): Promise<AnalysisOutcome> => {
      if (reread || !grids.current) {
        setBusy({ label: 'Reading the workbook', fraction: null, cancellable: true });
        const read = await host.workbook.readGrids();
        if (signal.aborted) throw new CancelledError();
        grids.current = read;
      }
      const request = {
        grids: grids.current,
        mapping: settings.mapping,
        period,
        threshold: settings.thresholds.threshold,
        absoluteThreshold: settings.thresholds.absoluteThreshold,
        topCount: settings.pack.topVariances,
        tables: settings.tables,
      };
      const outcome = await host.runner.run(
        request,
        (p) => setBusy({ label: p.label, fraction: p.fraction, cancellable: true }),
        signal,
      );
      setState((s) => withOutcome(s, outcome, period));
      return outcome;
    },
    [host],
  );

  const reload = useCallback(() => {
    void step('read the workbook', async (signal) => {
      setBusy({ label: 'Loading settings', fraction: null, cancellable: true });
      const stored = await host.workbook.loadSettings();
      // A workbook never analysed before has no settings: that is the normal start, not a problem to report.
      const parsed =
        stored === null || stored === undefined
          ? { ok: true as const, settings: defaultSettings() }
          : parseSettings(stored);
      // The month and SWOT edits saved with the last pack come back, so every director sees the same pack; the SWOT
      // edits are kept by the analysis only while the workbook still has the same factors.
      const saved = parsed.settings.swot;
      setState((s) => ({
        ...s,
        settings: parsed.settings,
        sheets: parsed.settings.pack.sheets as PackSheetKey[],
        swotEdits: saved ? swotFromSettings(saved) : s.swotEdits,
        notices: parsed.ok ? s.notices : [...s.notices, parsed.message],
      }));
      await analyse(signal, parsed.settings, parsed.settings.period, true);
    });
  }, [analyse, host, step]);

  useEffect(reload, [reload]);

  const confirmData = useCallback(
    (choices: DataChoices) => {
      void step('save the confirmed tables', async (signal) => {
        const settings: Settings = {
          ...stateRef.current.settings,
          mapping: { ...choices.mapping },
          period: choices.period ?? stateRef.current.settings.period,
        };
        setBusy({ label: 'Saving your choices in the workbook', fraction: null, cancellable: false });
        const before = stateRef.current.outcome;
        await host.workbook.saveSettings(settings);
        setState((s) => ({ ...s, settings, confirmed: null }));
        const after = await analyse(signal, settings, choices.period, false);
        setState((s) => ({ ...s, confirmed: confirmation(before, after) }));
      });
    },
    [analyse, host, step],
  );

  const write = useCallback(
    async (outcome: AnalysisOutcome, sheets: readonly PackSheetKey[]): Promise<void> => {
      const { settings, swotEdits } = stateRef.current;
      const pack = buildPack(editedResult(outcome.result, swotEdits), {
        sheets: [...sheets],
        generatedAt: host.now().toISOString(),
        author: settings.pack.author,
        sources: [...outcome.sources],
        settingsVersion: SETTINGS_VERSION,
        topVariances: settings.pack.topVariances,
        forecastSeries: settings.pack.forecastSeries,
        monthly: [...outcome.monthly],
        company: outcome.company,
        currency: outcome.currency,
        sourceTables: outcome.sourceTables,
      });
      // Writing is not cancellable: stopping between sheets would leave a pack from two different runs.
      setBusy({ label: `Writing ${pack.sheets.length} pack sheets`, fraction: null, cancellable: false });
      const report = await host.workbook.writePack(pack);
      const saved: Settings = {
        ...settings,
        pack: { ...settings.pack, sheets: [...sheets] },
        period: outcome.result.period,
        swot: swotToSettings(swotEdits),
      };
      await host.workbook.saveSettings(saved);
      setState((s) => ({ ...s, busy: null, report, settings: saved, sheets }));
    },
    [host],
  );

  const buildPackAction = useCallback(
    (request: PackRequest) => {
      void step('build the review pack', async (signal) => {
        const current = stateRef.current.outcome;
        const outcome =
          current && current.result.period === request.period
            ? current
            : await analyse(signal, stateRef.current.settings, request.period, false);
        await write(outcome, request.sheets);
      });
    },
    [analyse, step, write],
  );

  const refreshPack = useCallback(
    (request: PackRequest) => {
      // The pack keeps its month: a refresh reads the workbook again for new figures and commentary, it does not
      // move a March pack to the latest month.
      void step('refresh the review pack', async (signal) => {
        const outcome = await analyse(signal, stateRef.current.settings, request.period, true);
        await write(outcome, request.sheets);
      });
    },
    [analyse, step, write],
  );

  const selectCells = useCallback(
    (refs: readonly SourceRef[]) => {
      const first = refs[0];
      if (!first) return;
      const where = `${first.sheet}!${first.cell}`;
      host.workbook.selectCell(first.sheet, first.cell).then(
        (found) => {
          if (found) return;
          const message = `${where} is no longer in the workbook (the sheet or cell was removed since the analysis). Refresh to read the workbook again.`;
          setState((s) => ({ ...s, notices: [...s.notices, message] }));
        },
        (error: unknown) => setState((s) => ({ ...s, error: describeError(`select ${where}`, error) })),
      );
    },
    [host],
  );

  /** Keeps the edits at once and saves them in the workbook once the user pauses, quietly unless it fails. */
  const setSwotEdits = useCallback(
    (swotEdits: SwotEdits) => {
      setState((s) => ({ ...s, swotEdits }));
      if (swotSave.current !== null) clearTimeout(swotSave.current);
      swotSave.current = setTimeout(() => {
        swotSave.current = null;
        const settings: Settings = { ...stateRef.current.settings, swot: swotToSettings(stateRef.current.swotEdits) };
        host.workbook.saveSettings(settings).then(
          () => setState((s) => ({ ...s, settings: { ...s.settings, swot: settings.swot } })),
          (error: unknown) => setState((s) => ({ ...s, error: describeError('save your SWOT changes', error) })),
        );
      }, SWOT_SAVE_DELAY_MS);
    },
    [host],
  );

  return {
    state,
    reload,
    confirmData,
    buildPack: buildPackAction,
    refreshPack,
    cancel: () => abort.current?.abort(),
    selectCells,
    setSwotEdits,
    dismissError: () => setState((s) => ({ ...s, error: null })),
    dismissNotice: (index) => setState((s) => ({ ...s, notices: s.notices.filter((_, i) => i !== index) })),
  };
}
