/**
 * The settings saved in the workbook (mapping, thresholds, chosen tables, pack template), so every director who
 * opens the shared workbook gets the same pack. Loaded with {@link parseSettings}: whatever is stored, a bad or
 * hostile value is rejected with a sentence and the defaults are used; nothing throws.
 */
import { z } from 'zod';
import { periodSchema } from '../period/PeriodSchema';
import { PACK_SHEET_KEYS } from '../pack/Pack';
import { parseMapping } from '../read/mapping';
import { checkUntrusted } from './checkUntrusted';

/** Version of the settings document this build writes and reads. */
export const SETTINGS_VERSION = 1;

const sheetKey = z.enum(PACK_SHEET_KEYS as ['summary', 'variance', 'forecast', 'kpis', 'swot', 'goals']);
const shortText = z.string().max(200);

/** Materiality, named as the analysis options name it so the settings pass straight through. */
export const ThresholdsSchema = z.strictObject({
  /** |variance / budget| at or above which a variance is material, as a fraction. @default 0.10 */
  threshold: z.number().finite().min(0).max(10).default(0.1),
  /** |variance| at or above which a variance is material, in currency units. @default 0 */
  absoluteThreshold: z.number().finite().min(0).default(0),
});

/** Which sheets the pack has and how long its lists are. */
export const PackTemplateSchema = z.strictObject({
  sheets: z
    .array(sheetKey)
    .max(PACK_SHEET_KEYS.length)
    .refine((keys) => new Set(keys).size === keys.length, 'a pack sheet is listed twice')
    .default([...PACK_SHEET_KEYS]),
  /** How many favourable and unfavourable variances the Summary lists. */
  topVariances: z.number().int().min(1).max(50).default(5),
  /** How many forecast series the Forecast sheet shows and charts. */
  forecastSeries: z.number().int().min(1).max(50).default(6),
  author: shortText.nullable().default(null),
});

/** A SWOT factor as the user left it in the pane: its weight and rating, and the cell it came from. */
export const SwotFactorSettingSchema = z.strictObject({
  /** As written in the SWOT table (a cell holds up to 32,767 characters; a factor is a sentence at most). */
  factor: z.string().min(1).max(2000),
  category: z.enum(['S', 'W', 'O', 'T']),
  /** null: not weighted yet (an accepted suggestion); weights are normalised per matrix, so any size is kept. */
  weight: z.number().finite().min(0).max(1_000_000).nullable(),
  /** null: not rated yet; the analysis reports a rating outside its category's range. */
  rating: z.number().finite().min(0).max(10).nullable(),
  sheet: z.string().min(1).max(31),
  cell: z.string().regex(/^\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}$/, 'not a cell address like B7'),
});

/** The user's SWOT edits: every factor in page order, and the suggestions added or dismissed ("S:Factor"). */
export const SwotEditsSettingSchema = z.strictObject({
  factors: z.array(SwotFactorSettingSchema).max(500),
  decided: z.array(z.string().max(2010)).max(1000),
});

/** The settings document saved in the workbook. */
export const SettingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION),
  /** Column mapping confirmed in the pane, validated by the reader's `parseMapping` (see {@link parseSettings}). */
  mapping: z.unknown().default(null),
  thresholds: ThresholdsSchema.default(ThresholdsSchema.parse({})),
  /** Ids of the tables the user chose ("Budget!A4:P60" or an Excel Table name); empty: every detected table. */
  tables: z.array(z.string().max(300)).max(500).default([]),
  pack: PackTemplateSchema.default(PackTemplateSchema.parse({})),
  /**
   * The month the pack was last built or confirmed for ("YYYY-MM"); null: the last month with actuals. Added within
   * version 1: documents saved before it simply do not have it.
   */
  period: periodSchema('not a month like 2026-06').nullable().default(null),
  /** The SWOT weights, ratings and suggestion decisions the pack was built with; null: the workbook's own. */
  swot: SwotEditsSettingSchema.nullable().default(null),
});

/** Validated settings with every default filled in. */
export type Settings = z.infer<typeof SettingsSchema>;

/** The settings used when the workbook holds none, or none that can be trusted. */
export function defaultSettings(): Settings {
  return SettingsSchema.parse({ version: SETTINGS_VERSION });
}

/** The outcome of `parseSettings`: the settings, or why they were rejected and the defaults. */
export type ParsedSettings =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly message: string; readonly settings: Settings };

/** Stored settings larger than this are not parsed at all (a workbook's settings are a few kilobytes). */
export const MAX_SETTINGS_CHARS = 1_000_000;

function rejected(reason: string): ParsedSettings {
  return {
    ok: false,
    message: `The Ops Review settings saved in this workbook were not used (${reason}); the default settings apply.`,
    settings: defaultSettings(),
  };
}

/**
 * Validates stored settings (an object, or the JSON text it was saved as). Never throws: invalid, oversized,
 * hostile (`__proto__` keys, deep nesting) or newer-version settings give `ok: false`, a message and the defaults.
 */
export function parseSettings(input: unknown): ParsedSettings {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > MAX_SETTINGS_CHARS) return rejected('they are too large to be settings');
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      return rejected('they are not valid JSON');
    }
  }
  const problem = checkUntrusted(value);
  if (problem !== null) return rejected(problem);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return rejected('they are not an object');
  const version = (value as Record<string, unknown>).version;
  if (typeof version === 'number' && version > SETTINGS_VERSION) {
    return rejected(`they were saved by a newer version of Ops Review (settings version ${version})`);
  }
  const parsed = SettingsSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
    return rejected(`${issue?.message ?? 'invalid value'}${where}`);
  }
  if (parsed.data.mapping !== null) {
    const mapping = parseMapping(parsed.data.mapping);
    if (!mapping.ok) return rejected(mapping.message.replace(/\.$/, ''));
    return { ok: true, settings: { ...parsed.data, mapping: mapping.mapping } };
  }
  return { ok: true, settings: parsed.data };
}

/**
 * The settings a workbook holds, as every host loads them: a workbook never analysed before holds none, which is the
 * normal start (the defaults, no message); anything else goes through {@link parseSettings}.
 */
export function storedSettings(stored: unknown): ParsedSettings {
  return stored === null || stored === undefined ? { ok: true, settings: defaultSettings() } : parseSettings(stored);
}
