import { readWorkbook } from '../engine/read/readWorkbook';
import type { ReadOptions } from '../engine/read/readWorkbook';
import type { CliIO } from './CliIO';
import { formatInspect } from './formatInspect';
import { readGridsOrReport } from './readGridsOrReport';
import { sampleWorkbookPath } from './sampleWorkbookPath';

const USAGE = 'Usage: ops-review inspect [FILE.xlsx] [--json] [--fiscal-start 1-12] [--duplicates sum|reject]\n';

interface InspectArgs {
  readonly file: string | null;
  readonly json: boolean;
  readonly options: ReadOptions;
}

function parseArgs(argv: readonly string[]): InspectArgs | string {
  let file: string | null = null;
  let json = false;
  const options: ReadOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--fiscal-start') {
      const month = Number(argv[++i]);
      if (!Number.isInteger(month) || month < 1 || month > 12)
        return '--fiscal-start needs a month number from 1 (January) to 12.';
      options.fiscalYearStartMonth = month;
    } else if (arg === '--duplicates') {
      const mode = argv[++i];
      if (mode !== 'sum' && mode !== 'reject') return '--duplicates needs "sum" or "reject".';
      options.duplicates = mode;
    } else if (arg.startsWith('-')) return `unknown option "${arg}".`;
    else if (file === null) file = arg;
    else return `only one file can be inspected at a time ("${arg}").`;
  }
  return { file, json, options };
}

/**
 * `ops-review inspect [FILE.xlsx]`: prints what was detected in the workbook (tables, roles, layouts, periods, rows left
 * out, diagnostics), as text or with --json as the WorkbookRead document. Without a file it inspects the embedded
 * sample workbook. Exit status 0 when the file was read (even with diagnostics), 1 when it cannot be read, 2 for usage.
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
  const grids = await readGridsOrReport('inspect', file, io);
  if (grids === null) return 1;
  const read = readWorkbook(grids, args.options);
  io.stdout(args.json ? `${JSON.stringify({ file, ...read }, null, 2)}\n` : formatInspect(file, read));
  return 0;
}
