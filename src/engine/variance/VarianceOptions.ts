import { z } from 'zod';

/** A materiality rule: both limits must be reached for a variance to be material. */
export const ThresholdsSchema = z.object({
  /** |variance / budget| at or above which a variance is material, as a fraction. @default 0.10 */
  threshold: z.number().finite().min(0).optional(),
  /** |variance| at or above which a variance is material, in currency units. @default 0 */
  absoluteThreshold: z.number().finite().min(0).optional(),
});

/**
 * Options of {@link analyzeVariance}. Overrides are matched on the account label or account code (case and
 * surrounding spaces ignored) and on the department name; an account override wins over a department override.
 */
export const VarianceOptionsSchema = z.object({
  /** @default 0.10 */
  threshold: z.number().finite().min(0).default(0.1),
  /** @default 0 */
  absoluteThreshold: z.number().finite().min(0).default(0),
  /** Per-account materiality, keyed by account label or code. @default {} */
  accountThresholds: z.record(z.string(), ThresholdsSchema).default({}),
  /** Per-department materiality, keyed by department name. @default {} */
  departmentThresholds: z.record(z.string(), ThresholdsSchema).default({}),
  /** Currency symbol used in the narrative ("$", "€"); empty for none. @default "" */
  currency: z.string().max(8).default(''),
  /** How many lines each of the top favourable and unfavourable lists holds. @default 5 */
  topCount: z.number().int().min(0).max(100).default(5),
  /**
   * Like for like: a month whose actual (or budget) cell of a line cannot be read leaves that month's budget and
   * actual out of the line's month, QTD and YTD, so one `#N/A` cannot create a variance. @default true
   */
  likeForLike: z.boolean().default(true),
});

export type VarianceOptions = z.output<typeof VarianceOptionsSchema>;
export type VarianceOptionsInput = z.input<typeof VarianceOptionsSchema>;

/** The two limits of materiality that apply to one line or roll-up. */
export interface Materiality {
  readonly threshold: number;
  readonly absoluteThreshold: number;
}

const normalise = (text: string): string => text.trim().toLowerCase();

function findOverride(
  table: Readonly<Record<string, z.infer<typeof ThresholdsSchema>>>,
  names: readonly (string | null)[],
): z.infer<typeof ThresholdsSchema> | undefined {
  // Most workbooks set no overrides: that case asks nothing of the line's names (two sets per line otherwise).
  if (Object.keys(table).length === 0) return undefined;
  const wanted = new Set(names.filter((n): n is string => n !== null).map(normalise));
  for (const [name, rule] of Object.entries(table)) if (wanted.has(normalise(name))) return rule;
  return undefined;
}

/** The materiality limits for a line: the account override, else the department override, else the global ones. */
export function materialityFor(
  options: VarianceOptions,
  line: { readonly account: string | null; readonly accountCode: string | null; readonly department: string | null },
): Materiality {
  const byAccount = findOverride(options.accountThresholds, [line.account, line.accountCode]);
  const byDepartment = findOverride(options.departmentThresholds, [line.department]);
  return {
    threshold: byAccount?.threshold ?? byDepartment?.threshold ?? options.threshold,
    absoluteThreshold: byAccount?.absoluteThreshold ?? byDepartment?.absoluteThreshold ?? options.absoluteThreshold,
  };
}
