/**
 * The pane's session as a pure reducer: every step of the session (settings loaded, analysed, pack written, SWOT
 * edited, a failure) is an event, and the state after it is worked out here, so it is tested without rendering.
 */
import {
  defaultSettings,
  type PackSheetKey,
  type ParsedSettings,
  type Settings,
  type SwotEdits,
  swotSetting,
} from '../../engine';
import type { WriteReport } from '../../workbook/WorkbookPort';
import type { DataChoices } from '../pages/dataChoices';
import type { AnalysisOutcome } from '../worker/protocol';
import type { PaneError } from './describeError';

/** Long work in progress: what it is, how far (null: unknown), and whether it can be stopped now. */
export interface Busy {
  readonly label: string;
  readonly fraction: number | null;
  readonly cancellable: boolean;
}

/** Everything the pane shows, in one value so each step replaces it whole. */
export interface SessionState {
  readonly busy: Busy | null;
  readonly outcome: AnalysisOutcome | null;
  readonly choices: DataChoices | null;
  readonly swotEdits: SwotEdits;
  /** The settings in force: as loaded or last saved, with the user's SWOT edits as they are made. */
  readonly settings: Settings;
  readonly report: WriteReport | null;
  readonly error: PaneError | null;
  /** Sentences worth knowing that are not failures (settings not used, a run cancelled). */
  readonly notices: readonly string[];
  /** What the last "Confirm and analyse" did, said beside its button; null until it is used. */
  readonly confirmed: string | null;
  readonly sheets: readonly PackSheetKey[];
  /** Counts analyses, so pages holding drafts of the previous one start afresh. */
  readonly revision: number;
}

/** What happened in the session. */
export type SessionEvent =
  | { readonly type: 'busy'; readonly busy: Busy | null }
  | { readonly type: 'settingsLoaded'; readonly parsed: ParsedSettings }
  | { readonly type: 'analysed'; readonly outcome: AnalysisOutcome; readonly period: string | null }
  | { readonly type: 'settingsSaved'; readonly settings: Settings }
  | { readonly type: 'confirmed'; readonly sentence: string }
  | { readonly type: 'packWritten'; readonly report: WriteReport; readonly settings: Settings }
  | { readonly type: 'swotEdited'; readonly edits: SwotEdits }
  | { readonly type: 'notice'; readonly message: string }
  | { readonly type: 'cancelled'; readonly what: string }
  | { readonly type: 'failed'; readonly error: PaneError }
  | { readonly type: 'dismissError' }
  | { readonly type: 'dismissNotice'; readonly index: number };

/** The state before anything was read: default settings, nothing analysed. */
export function initialSession(): SessionState {
  const settings = defaultSettings();
  return {
    busy: null,
    outcome: null,
    choices: null,
    swotEdits: { factors: [], decided: [] },
    settings,
    report: null,
    error: null,
    notices: [],
    confirmed: null,
    sheets: settings.pack.sheets as PackSheetKey[],
    revision: 0,
  };
}

/** The state after `event`. */
export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'busy':
      return { ...state, busy: event.busy };
    case 'settingsLoaded':
      return {
        ...state,
        settings: event.parsed.settings,
        sheets: event.parsed.settings.pack.sheets as PackSheetKey[],
        notices: event.parsed.ok ? state.notices : [...state.notices, event.parsed.message],
      };
    case 'analysed': {
      // The review applied the SWOT edits in settings when they fit its factors; settings keep only edits in force.
      const { outcome } = event;
      return {
        ...state,
        busy: null,
        outcome,
        choices: { mapping: outcome.summary.mapping, period: event.period },
        swotEdits: outcome.swotEdits,
        settings: { ...state.settings, swot: swotSetting(outcome.analysedSwot, outcome.swotEdits) },
        error: null,
        revision: state.revision + 1,
      };
    }
    case 'settingsSaved':
      return { ...state, settings: event.settings, confirmed: null };
    case 'confirmed':
      return { ...state, confirmed: event.sentence };
    case 'packWritten':
      return {
        ...state,
        busy: null,
        report: event.report,
        settings: event.settings,
        sheets: event.settings.pack.sheets as PackSheetKey[],
      };
    case 'swotEdited':
      return {
        ...state,
        swotEdits: event.edits,
        settings: { ...state.settings, swot: swotSetting(state.outcome?.analysedSwot ?? null, event.edits) },
      };
    case 'notice':
      return { ...state, notices: [...state.notices, event.message] };
    case 'cancelled':
      return { ...state, busy: null, notices: [...state.notices, `Cancelled: ${event.what}.`] };
    case 'failed':
      return { ...state, busy: null, error: event.error };
    case 'dismissError':
      return { ...state, error: null };
    case 'dismissNotice':
      return { ...state, notices: state.notices.filter((_, i) => i !== event.index) };
  }
}

/** The settings a pack is built from and saved with: the chosen sheets, the reviewed month, the SWOT edits. */
export function packSettings(state: SessionState, outcome: AnalysisOutcome, sheets: readonly PackSheetKey[]): Settings {
  return {
    ...state.settings,
    pack: { ...state.settings.pack, sheets: [...sheets] },
    period: outcome.result.period,
    swot: swotSetting(outcome.analysedSwot, state.swotEdits),
  };
}
