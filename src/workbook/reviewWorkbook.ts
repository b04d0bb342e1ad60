import { analyze } from '../engine/analyze/analyze';
import type { Grid } from '../engine/grid/Grid';
import { readWorkbook } from '../engine/read/readWorkbook';
import type { WorkbookRead } from '../engine/read/WorkbookRead';
import type { AnalysisResult } from '../engine/results/AnalysisResult';
import { parseSettings, SETTINGS_VERSION, type Settings } from '../engine/settings/Settings';
import { detectCurrency } from '../engine/variance/detectCurrency';
import type { WorkbookPort } from './WorkbookPort';

/** What the user asked for on top of the workbook's saved settings (command-line options, the pane's choices). */
export interface ReviewRequest {
  readonly period?: string;
  readonly threshold?: number;
  readonly absoluteThreshold?: number;
  /** Compare like for like around unreadable cells. @default true */
  readonly likeForLike?: boolean;
  /** The month the fiscal year starts (1 = January), over the saved mapping's and the inferred one. */
  readonly fiscalYearStartMonth?: number;
}

export interface Review {
  readonly grids: Grid[];
  readonly read: WorkbookRead;
  readonly result: AnalysisResult;
  readonly settings: Settings;
  /** Why the saved settings were set aside for the defaults, or null when they were used (or there were none). */
  readonly settingsProblem: string | null;
}

/**
 * The one way a workbook is reviewed, whichever host holds it: the settings saved in the workbook (mapping, chosen
 * tables, thresholds, pack template) are applied, then the request's own choices, and the currency is taken from the
 * workbook's number formats, so `analyze`, `pack` and the pane agree on the same file.
 */
export async function reviewWorkbook(port: WorkbookPort, request: ReviewRequest = {}): Promise<Review> {
  const stored = await port.loadSettings();
  const parsed = parseSettings(stored ?? { version: SETTINGS_VERSION });
  const { thresholds, mapping, pack, tables } = parsed.settings;
  const grids = await port.readGrids();
  const read = readWorkbook(grids, {
    tables,
    ...(mapping === null ? {} : { mapping }),
    ...(request.fiscalYearStartMonth === undefined ? {} : { fiscalYearStartMonth: request.fiscalYearStartMonth }),
  });
  const result = analyze(read, {
    ...thresholds,
    topCount: pack.topVariances,
    currency: detectCurrency(grids),
    ...(request.period === undefined ? {} : { period: request.period }),
    ...(request.threshold === undefined ? {} : { threshold: request.threshold }),
    ...(request.absoluteThreshold === undefined ? {} : { absoluteThreshold: request.absoluteThreshold }),
    ...(request.likeForLike === undefined ? {} : { likeForLike: request.likeForLike }),
  });
  return { grids, read, result, settings: parsed.settings, settingsProblem: parsed.ok ? null : parsed.message };
}
