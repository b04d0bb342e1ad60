import { z } from 'zod';
import { periodSchema } from '../period/PeriodSchema';
import { VarianceOptionsSchema } from '../variance/VarianceOptions';

/**
 * Options of {@link analyze}: the review period and the variance options (materiality thresholds and overrides,
 * currency symbol for sentences, length of the top-variance lists).
 */
export const AnalyzeOptionsSchema = VarianceOptionsSchema.extend({
  /** The month under review, "YYYY-MM". @default the last month with actuals */
  period: periodSchema('period must be a month written YYYY-MM, e.g. 2026-10').optional(),
  /** Statistical forecasts for the outlook, the forecast charts and KPI projections; off gives remaining budget. @default true */
  forecasts: z.boolean().default(true),
});

/** What callers pass: every field optional. */
export type AnalyzeOptions = z.input<typeof AnalyzeOptionsSchema>;
/** The options after defaults were applied. */
export type ResolvedAnalyzeOptions = z.output<typeof AnalyzeOptionsSchema>;
