import { z } from 'zod';
import { amountOption, firstProblem, fiscalStartOption, periodOption, thresholdOption } from './optionSchemas';
import { splitArgv } from './splitArgv';

/** The options of `ops-review analyze`, validated: what the user typed, in the engine's terms. */
export const AnalyzeArgsSchema = z
  .object({
    files: z
      .array(z.string())
      .min(1, 'which workbook? Give the path of an .xlsx file.')
      .refine((files) => files.length === 1, {
        error: (issue) =>
          `only one workbook can be analysed at a time ("${(issue.input as string[] | undefined)?.[1] ?? ''}").`,
      }),
    json: z.boolean(),
    /** false with --no-like-for-like: an unreadable actual then counts as 0 against the full budget. */
    likeForLike: z.boolean(),
    '--period': periodOption.optional(),
    '--threshold': thresholdOption.optional(),
    '--abs-threshold': amountOption.optional(),
    '--fiscal-start': fiscalStartOption.optional(),
  })
  .transform((raw) => ({
    file: raw.files[0],
    json: raw.json,
    ...(raw.likeForLike ? {} : { likeForLike: false }),
    ...(raw['--period'] === undefined ? {} : { period: raw['--period'] }),
    ...(raw['--threshold'] === undefined ? {} : { threshold: raw['--threshold'].fraction }),
    ...(raw['--abs-threshold'] === undefined ? {} : { absoluteThreshold: raw['--abs-threshold'] }),
    ...(raw['--fiscal-start'] === undefined ? {} : { fiscalYearStartMonth: raw['--fiscal-start'] }),
    notes: raw['--threshold']?.note ? [raw['--threshold'].note] : [],
  }));

export type AnalyzeArgs = z.output<typeof AnalyzeArgsSchema>;

/**
 * Parses `FILE [--period YYYY-MM] [--json] [--threshold X] [--abs-threshold N] [--fiscal-start M] [--no-like-for-like]`; a string is the
 * usage error. `notes` are sentences about how an option was read, for the user to see.
 */
export function parseAnalyzeArgs(argv: readonly string[]): AnalyzeArgs | string {
  const split = splitArgv(argv, {
    flags: ['--json', '--no-like-for-like'],
    values: ['--period', '--threshold', '--abs-threshold', '--fiscal-start'],
  });
  if (typeof split === 'string') return split;
  const parsed = AnalyzeArgsSchema.safeParse({
    files: split.files,
    json: split.flags.has('--json'),
    likeForLike: !split.flags.has('--no-like-for-like'),
    ...Object.fromEntries(split.values),
  });
  return parsed.success ? parsed.data : firstProblem(parsed.error);
}
