import { z } from 'zod';
import { choosePeriod, readWorkbook } from '../engine';
import type { CliIO } from './CliIO';
import { formatInspect } from './formatInspect';
import { firstProblem, fiscalStartOption } from './optionSchemas';
import { readGridsOrReport } from './readGridsOrReport';
import { sampleWorkbookPath } from './sampleWorkbookPath';
import { splitArgv } from './splitArgv';

const USAGE =
  'Usage: ops-review inspect [FILE.xlsx] [--json] [--fiscal-start 1-12] [--duplicates sum|reject]\nTry: ops-review inspect --help\n';

const InspectArgsSchema = z
  .object({
    files: z
      .array(z.string())
      .max(1, { error: (issue) => `only one file can be inspected at a time ("${(issue.input as string[])[1]}").` }),
    json: z.boolean(),
    '--fiscal-start': fiscalStartOption.optional(),
    '--duplicates': z.enum(['sum', 'reject'], { error: '--duplicates needs "sum" or "reject".' }).optional(),
  })
  .transform((raw) => ({
    file: raw.files[0] ?? null,
    json: raw.json,
    options: {
      ...(raw['--fiscal-start'] === undefined ? {} : { fiscalYearStartMonth: raw['--fiscal-start'] }),
      ...(raw['--duplicates'] === undefined ? {} : { duplicates: raw['--duplicates'] }),
    },
  }));

type InspectArgs = z.output<typeof InspectArgsSchema>;

function parseArgs(argv: readonly string[]): InspectArgs | string {
  const split = splitArgv(argv, { flags: ['--json'], values: ['--fiscal-start', '--duplicates'] });
  if (typeof split === 'string') return split;
  const parsed = InspectArgsSchema.safeParse({
    files: split.files,
    json: split.flags.has('--json'),
    ...Object.fromEntries(split.values),
  });
  return parsed.success ? parsed.data : firstProblem(parsed.error);
}

/**
 * `ops-review inspect [FILE.xlsx]`: prints what was detected in the workbook (tables, roles, layouts, periods, rows left
 * out, diagnostics), as text or with --json as the WorkbookRead document. Without a file it inspects the embedded
 * sample workbook, and says so. The fiscal year shown is the one `analyze` and the pane review: the one holding the
 * last month with actuals. Exit status 0 when the file was read (even with diagnostics), 1 when it cannot be read, 2
 * for usage.
 */
export async function inspectCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`ops-review inspect: ${args}\n${USAGE}`);
    return 2;
  }
  const file = args.file ?? sampleWorkbookPath();
  if (file === null) {
    io.stderr(`ops-review inspect: no file given and the sample workbook is not installed.\n${USAGE}`);
    return 2;
  }
  if (args.file === null)
    io.stderr(`ops-review inspect: no file given, so this is the bundled sample workbook, ${file}.\n`);
  const grids = await readGridsOrReport('inspect', file, io);
  if (grids === null) return 1;
  const read = readWorkbook(grids, args.options);
  const reviewed = { ...read, fiscalYear: choosePeriod(read, undefined).fiscalYear };
  io.stdout(args.json ? `${JSON.stringify({ file, ...reviewed }, null, 2)}\n` : formatInspect(file, reviewed));
  return 0;
}
