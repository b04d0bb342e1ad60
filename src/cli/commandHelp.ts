/**
 * The help of every command, kept apart from the commands themselves so `--help` and `--version` answer without
 * loading the engine, ExcelJS or zod.
 */

export const COMMAND_NAMES = ['inspect', 'analyze', 'pack', 'schema'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export const USAGE = `Usage: ops-review <command> [FILE.xlsx] [options]

Commands:
  inspect [FILE.xlsx]   what was detected: tables, roles, layout, periods, rows left out, diagnostics
  analyze FILE.xlsx     variance, forecasts, KPIs, SWOT and goals (a JSON document with --json)
  pack FILE.xlsx        write the review pack into a copy of the workbook (--out OUT.xlsx) or into it (--in-place)
  schema                the JSON Schema of the analyze --json document

Options for every command: --help (that command's options), and ops-review --version.
Exit status: 0 when the file was read (even with diagnostics), 1 for a file that cannot be read or written,
2 for a usage error.
`;

const FISCAL_START = `  --fiscal-start 1-12      the month the fiscal year starts (7 = July); default: the workbook's saved choice,
                           else inferred from its month headers. The fiscal year reviewed is the one holding the
                           review month, as in the pane.`;

const PERIOD = '  --period YYYY-MM         the month to review; default: the last month with actuals';

export const COMMAND_USAGE: Record<CommandName, string> = {
  inspect: `Usage: ops-review inspect [FILE.xlsx] [options]

Prints what was detected in the workbook: tables, their roles, layout and periods, rows left out and why, and
diagnostics with their cells. Without FILE it inspects the bundled sample workbook (and says so).

Options:
  --json                   the WorkbookRead document as JSON instead of text
${FISCAL_START}
  --duplicates sum|reject  two amounts for the same line and month: add them (default) or reject both
  --help                   this help
`,
  analyze: `Usage: ops-review analyze FILE.xlsx [options]

Reviews the workbook with the settings saved in it: variance, forecasts, KPIs, SWOT and goals.

Options:
${PERIOD}
  --json                   the AnalysisResult document as JSON (see ops-review schema)
  --threshold 10%          how large a variance must be to count as material: "10%", "0.1" or "10" (read as 10 %)
  --abs-threshold 5000     the smallest variance amount that counts as material, in the workbook's currency
${FISCAL_START}
  --no-like-for-like       count an unreadable actual as 0 against the full budget; by default a month whose actual
                           or budget cannot be read is left out of both sides of that line's month, QTD and YTD
  --help                   this help
`,
  pack: `Usage: ops-review pack FILE.xlsx (--out OUT.xlsx | --in-place) [options]

Analyses the workbook and writes the review pack (sheets with formats and native charts) into a copy, or into
the file itself with --in-place. Running it again on its output refreshes the pack and keeps typed commentary.

Options:
  --out OUT.xlsx           the workbook to write (an .xlsx file; not the input itself)
  --in-place               update FILE itself (refused for a digitally signed workbook)
  --force                  with --out: replace OUT.xlsx when it already exists
${PERIOD}
${FISCAL_START}
  --help                   this help
`,
  schema: `Usage: ops-review schema

Prints the JSON Schema of the document ops-review analyze --json writes.

Options:
  --help                   this help
`,
};

export function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}

/** True when the user asked a command for its help rather than to run. */
export function asksForHelp(argv: readonly string[]): boolean {
  return argv.some((arg) => arg === '--help' || arg === '-h');
}
