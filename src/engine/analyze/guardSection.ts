import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics';

/**
 * Runs one optional section of the review (KPIs, SWOT, goals, forecasts, bottlenecks) so that a fault in it costs
 * that section only: an exception, or an output that breaks the published schema, leaves the fallback in its place
 * and an error diagnostic that says so, and the rest of the review is still delivered.
 */
export function guardSection<T>(
  name: string,
  sheet: string,
  schema: z.ZodType<T>,
  fallback: T,
  run: () => T,
  diagnostics: Diagnostic[],
): T {
  let problem: string;
  try {
    const checked = schema.safeParse(run());
    if (checked.success) return checked.data;
    const issue = checked.error.issues[0];
    problem = `${issue.path.join('.')}: ${issue.message}`;
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  diagnostics.push({
    severity: 'error',
    sheet,
    cell: null,
    code: 'section-failed',
    message: `The ${name} could not be worked out from this workbook (${problem}), so it is left out; the rest of the review is complete. Please report this with the workbook.`,
  });
  return fallback;
}
