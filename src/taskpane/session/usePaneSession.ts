import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { SourceRef, SwotEdits } from '../../engine';
import { setFunctionSettings } from '../../functions/functionSettings';
import type { DataChoices } from '../pages/dataChoices';
import type { PackRequest } from '../pages/PackPage';
import type { PaneHost } from './PaneHost';
import type { SessionState } from './sessionState';
import * as steps from './sessionSteps';
import { createSessionStore } from './sessionStore';

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

/**
 * The pane's session bound to React: the store of `sessionState` and the steps of `sessionSteps`, with one abort
 * controller for the step in progress and a timer for saving SWOT edits. Starts reading as soon as it mounts.
 */
export function usePaneSession(host: PaneHost): PaneSession {
  const session = useMemo<steps.SessionContext>(() => ({ host, store: createSessionStore(), grids: null }), [host]);
  const { store } = session;
  const state = useSyncExternalStore(store.subscribe, store.getState);
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

  /** Starts a long step, stopping the one before it. */
  const start = useCallback(
    (what: string, work: (signal: AbortSignal) => Promise<unknown>): void => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      void steps.runStep(session, what, controller, work).finally(() => {
        if (abort.current === controller) abort.current = null;
      });
    },
    [session],
  );

  const reload = useCallback(
    () => start('read the workbook', (signal) => steps.loadAndAnalyse(session, signal)),
    [session, start],
  );
  useEffect(reload, [reload]);

  const selectCells = useCallback((refs: readonly SourceRef[]) => void steps.selectCells(session, refs), [session]);

  /** Keeps the edits at once and saves them in the workbook once the user pauses, quietly unless it fails. */
  const setSwotEdits = useCallback(
    (edits: SwotEdits) => {
      store.dispatch({ type: 'swotEdited', edits });
      if (swotSave.current !== null) clearTimeout(swotSave.current);
      swotSave.current = setTimeout(() => {
        swotSave.current = null;
        void steps.saveSwotEdits(session);
      }, SWOT_SAVE_DELAY_MS);
    },
    [session, store],
  );

  return {
    state,
    reload,
    confirmData: (choices) =>
      start('save the confirmed tables', (signal) => steps.confirmData(session, signal, choices)),
    buildPack: (request) => start('build the review pack', (signal) => steps.buildPack(session, signal, request)),
    refreshPack: (request) => start('refresh the review pack', (signal) => steps.refreshPack(session, signal, request)),
    cancel: () => abort.current?.abort(),
    selectCells,
    setSwotEdits,
    dismissError: () => store.dispatch({ type: 'dismissError' }),
    dismissNotice: (index) => store.dispatch({ type: 'dismissNotice', index }),
  };
}
