import { z } from 'zod';
import { PERIOD_PATTERN } from '../engine/period/months';

/** The options of `ops-review analyze`, validated: what the user typed, in the engine's terms. */
export const AnalyzeArgsSchema = z.object({
  file: z.string({ error: 'which workbook? Give the path of an .xlsx file.' }).min(1),
  period: z.string().regex(PERIOD_PATTERN, '--period needs a month written YYYY-MM, e.g. 2026-10.').optional(),
  json: z.boolean(),
  threshold: z
    .number({ error: '--threshold needs a number: a fraction such as 0.1 or a percentage such as 10%.' })
    .finite()
    .min(0, '--threshold cannot be negative.')
    .optional(),
  absoluteThreshold: z
    .number({ error: '--abs-threshold needs an amount, e.g. 5000.' })
    .finite()
    .min(0, '--abs-threshold cannot be negative.')
    .optional(),
  /** false with --no-like-for-like: an unreadable actual then counts as 0 against the full budget. */
  likeForLike: z.boolean().optional(),
});

export type AnalyzeArgs = z.infer<typeof AnalyzeArgsSchema>;

/** "10%" is 0.10; "0.1" stays 0.1; anything else is NaN, which the schema rejects in words. */
function fraction(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed === '') return Number.NaN;
  return trimmed.endsWith('%') ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
}

function amount(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const cleaned = text.replace(/[,_\s]/g, '');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}

/** Parses `FILE [--period YYYY-MM] [--json] [--threshold X] [--abs-threshold N] [--no-like-for-like]`; a string is the usage error. */
export function parseAnalyzeArgs(argv: readonly string[]): AnalyzeArgs | string {
  const files: string[] = [];
  const raw: { period?: string; json: boolean; threshold?: string; abs?: string; likeForLike?: boolean } = {
    json: false,
  };
  const valueOf = (i: number): string | null => {
    const value = argv[i + 1];
    return value === undefined || (value.startsWith('--') && value !== '--') ? null : value;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (name === '--json') raw.json = true;
    else if (name === '--no-like-for-like') raw.likeForLike = false;
    else if (name === '--period' || name === '--threshold' || name === '--abs-threshold') {
      const value = inline ?? valueOf(i);
      if (value === null) return `${name} needs a value.`;
      if (inline === undefined) i++;
      if (name === '--period') raw.period = value;
      else if (name === '--threshold') raw.threshold = value;
      else raw.abs = value;
    } else if (arg.startsWith('-')) return `unknown option "${arg}".`;
    else files.push(arg);
  }
  if (files.length > 1) return `only one workbook can be analysed at a time ("${files[1]}").`;
  const parsed = AnalyzeArgsSchema.safeParse({
    file: files[0],
    period: raw.period,
    json: raw.json,
    threshold: fraction(raw.threshold),
    absoluteThreshold: amount(raw.abs),
    ...(raw.likeForLike === undefined ? {} : { likeForLike: raw.likeForLike }),
  });
  return parsed.success ? parsed.data : parsed.error.issues[0].message;
}
