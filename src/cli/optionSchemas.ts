import { z } from 'zod';
import { periodSchema } from '../engine';

/** `--period YYYY-MM`, checked as the engine checks it. */
export const periodOption = periodSchema('--period needs a month written YYYY-MM, e.g. 2026-10.');

/** `--fiscal-start 1-12`: the month the fiscal year starts. */
export const fiscalStartOption = z
  .string()
  .regex(/^\s*\d{1,2}\s*$/, '--fiscal-start needs a month number from 1 (January) to 12.')
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(1, '--fiscal-start needs a month number from 1 (January) to 12.')
      .max(12, '--fiscal-start needs a month number from 1 (January) to 12.'),
  );

/** A materiality threshold as the user wrote it, read as a fraction, with a sentence when the reading was a guess. */
export interface ReadThreshold {
  readonly fraction: number;
  readonly note: string | null;
}

const THRESHOLD_WORDS = '--threshold needs a number: a percentage such as 10% or a fraction such as 0.1.';

/**
 * `--threshold`: "10%" and "0.1" are both ten per cent; a bare number over 1 ("10") can only mean per cent, so it is
 * read as such and the reading is said out loud (a threshold of 1,000 % would make nothing material).
 */
export const thresholdOption = z.string().transform((text, ctx): ReadThreshold => {
  const trimmed = text.trim();
  const percent = trimmed.endsWith('%');
  const number = Number(percent ? trimmed.slice(0, -1).trim() : trimmed);
  if (trimmed === '' || trimmed === '%' || !Number.isFinite(number)) {
    ctx.addIssue({ code: 'custom', message: THRESHOLD_WORDS });
    return z.NEVER;
  }
  if (number < 0) {
    ctx.addIssue({ code: 'custom', message: '--threshold cannot be negative.' });
    return z.NEVER;
  }
  if (percent) return { fraction: number / 100, note: null };
  if (number <= 1) return { fraction: number, note: null };
  return {
    fraction: number / 100,
    note: `--threshold ${trimmed} read as ${trimmed} % (a fraction of ${number / 100}); write ${trimmed}% to say so, or a fraction such as 0.05.`,
  };
});

/** `--abs-threshold 5,000`: an amount in the workbook's currency; separators are allowed. */
export const amountOption = z
  .string()
  .transform((text) => Number(text.replace(/[,_\s]/g, '')))
  .pipe(
    z
      .number({ error: '--abs-threshold needs an amount, e.g. 5000.' })
      .finite('--abs-threshold needs an amount, e.g. 5000.')
      .min(0, '--abs-threshold cannot be negative.'),
  );

/** The first problem of a failed parse, in the words of the schema that found it. */
export function firstProblem(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'the options are not valid.';
}
