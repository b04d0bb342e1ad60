/** What `buildPack` needs besides the analysis: which sheets, who and when, and what the pack was built from. */
import { z } from 'zod';
import { PeriodSchema } from '../period/PeriodSchema';
import { PACK_SHEET_KEYS } from './Pack';

const sheetKey = z.enum(PACK_SHEET_KEYS as ['summary', 'variance', 'forecast', 'kpis', 'swot', 'goals']);

/** A source table fingerprint as passed in `PackOptions.sources`. */
export const SourceFingerprintSchema = z.object({
  source: z.string(),
  fingerprint: z.string(),
  rows: z.number().int().min(0),
  columns: z.number().int().min(0),
});

/** Revenue of one month by scenario, for the budget-vs-actual chart (see `monthlyRevenue`). */
export const MonthlyTotalSchema = z.object({
  period: PeriodSchema,
  actual: z.number().finite().nullable(),
  budget: z.number().finite().nullable(),
  forecast: z.number().finite().nullable(),
});

/** Options of `buildPack`, validated on entry. */
export const PackOptionsSchema = z.object({
  /** Sheets to build, written in the pack's fixed order whatever the order here. @default every sheet */
  sheets: z.array(sheetKey).default([...PACK_SHEET_KEYS]),
  /** When the pack is generated, ISO 8601: passed in because the engine does not read the clock. */
  generatedAt: z.iso.datetime({ offset: true }),
  /** Who the pack is prepared by, shown in each title. @default null */
  author: z.string().max(200).nullable().default(null),
  /** Fingerprints of the source tables, for the run log. @default [] */
  sources: z.array(SourceFingerprintSchema).default([]),
  /** @default 1 */
  settingsVersion: z.number().int().min(1).default(1),
  /** Favourable and unfavourable variances listed on the Summary. @default 5 */
  topVariances: z.number().int().min(1).max(50).default(5),
  /** Forecast series charted on the Forecast sheet. @default 6 */
  forecastSeries: z.number().int().min(1).max(50).default(6),
  /** The company or entity the workbook is about, shown first in every title block. @default null */
  company: z.string().max(200).nullable().default(null),
  /** The currency amounts are in ("US$", "€"), stated with the scale in every title block. @default null */
  currency: z.string().max(20).nullable().default(null),
  /** Source tables read, as `ops-review inspect` counts them; null counts the fingerprints. @default null */
  sourceTables: z.number().int().min(0).nullable().default(null),
  /**
   * Lines the Variance sheet lists at most: beyond it, each section keeps its largest variances and adds the rest up
   * in one "Other lines (n)" row (`foldPlRows`). 2,000 is above any management P&L seen (hundreds of accounts by a
   * few departments) and about 45 printed pages; a longer table is a data dump, read through totals. @default 2000
   */
  varianceLines: z.number().int().min(1).default(2000),
  /** Keys of lines listed whatever `varianceLines`: lines carrying a user's entry (see `showCommentedLines`). */
  showLines: z.array(z.string()).default([]),
  /** Revenue by month and scenario; without it the monthly chart falls back to the revenue forecast's history. */
  monthly: z.array(MonthlyTotalSchema).default([]),
});

/** What callers pass to `buildPack` (defaults applied by the schema). */
export type PackOptions = z.input<typeof PackOptionsSchema>;
/** Pack options with every default filled in. */
export type ResolvedPackOptions = z.output<typeof PackOptionsSchema>;
/** Revenue of one month by scenario. */
export type MonthlyTotal = z.infer<typeof MonthlyTotalSchema>;
