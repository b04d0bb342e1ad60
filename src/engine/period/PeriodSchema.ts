import { z } from 'zod';
import { PERIOD_PATTERN } from './months';

/**
 * The one schema of a period at every boundary (analysis result, pack options, settings, saved mapping, command-line
 * options): "YYYY-MM" with a month from 01 to 12, so "2026-13" and "2026-00" are refused where they enter and the
 * published JSON Schema says so with its pattern.
 */
export const PeriodSchema = periodSchema('not a month written YYYY-MM, e.g. 2026-10');

/**
 * {@link PeriodSchema} with the words of a particular boundary ("--period needs ..."): zod fixes a check's message
 * when the schema is made, so a boundary that speaks its own words gets its own instance of the same rule.
 */
export function periodSchema(message: string): z.ZodString {
  return z.string().regex(PERIOD_PATTERN, message);
}
