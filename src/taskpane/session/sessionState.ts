import type { PackSheetKey } from '../../engine/pack/Pack';
import { defaultSettings, type Settings } from '../../engine/settings/Settings';
import type { WriteReport } from '../../workbook/WorkbookPort';
import type { DataChoices } from '../pages/dataChoices';
import { editableFactors } from '../pages/rescoreSwot';
import type { SwotEdits } from '../pages/SwotPage';
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

/**
 * The state after a new analysis: its results, the mapping it used as the starting choices, and the SWOT edits kept
 * when the factors are the same ones (a re-run for another month must not throw away the user's ratings).
 */
export function withOutcome(state: SessionState, outcome: AnalysisOutcome, period: string | null): SessionState {
  const factors = outcome.result.swot ? editableFactors(outcome.result.swot) : [];
  const names = (list: readonly { factor: string }[]): string => list.map((f) => f.factor).join('\u0000');
  const keep =
    state.swotEdits.factors.length > 0 && names(state.swotEdits.factors.slice(0, factors.length)) === names(factors);
  return {
    ...state,
    busy: null,
    outcome,
    choices: { mapping: outcome.summary.mapping, period },
    swotEdits: keep ? state.swotEdits : { factors, decided: [] },
    error: null,
    revision: state.revision + 1,
  };
}
