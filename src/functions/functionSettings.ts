/**
 * The workbook's saved settings as the OPSREVIEW functions use them (today the materiality thresholds), handed over
 * by the task pane whenever it loads or saves them, so a formula and the pane agree on what is material.
 *
 * The pane and the functions share one JavaScript context (the shared runtime) but are two webpack entries, each with
 * its own copy of this module, so the settings live on `globalThis` under a registered symbol that both copies find.
 */
import { z } from 'zod';
import { defaultSettings, type Settings, ThresholdsSchema } from '../engine';

/** The part of the settings the functions read. */
export type FunctionSettings = Pick<Settings, 'thresholds'>;

/** Non-strict on purpose: the pane hands over its whole settings document; only the thresholds are kept. */
const FunctionSettingsSchema = z.object({ thresholds: ThresholdsSchema });

const KEY = Symbol.for('ops-review.functionSettings');
type Holder = { [KEY]?: FunctionSettings };

const defaults = (): FunctionSettings => ({ thresholds: defaultSettings().thresholds });

/** The settings the pane last handed over, or the engine's defaults before it has. */
export function functionSettings(): FunctionSettings {
  return (globalThis as Holder)[KEY] ?? defaults();
}

/**
 * Keeps the thresholds of `settings` for the functions. Values that fail the settings schema are not kept: the
 * defaults apply and false is returned, so a formula never runs on a threshold the pane itself would have rejected.
 */
export function setFunctionSettings(settings: unknown): boolean {
  const parsed = FunctionSettingsSchema.safeParse(settings);
  (globalThis as Holder)[KEY] = parsed.success ? { thresholds: parsed.data.thresholds } : defaults();
  return parsed.success;
}
