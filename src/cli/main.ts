import { z } from 'zod';
import { AnalysisResultSchema } from '../engine/results/AnalysisResult';
import { analyzeCommand } from './analyze';
import { type CliIO, processIO } from './CliIO';
import { inspectCommand } from './inspect';
import { packCommand } from './pack';

const usage = `Usage: ops-review <command> FILE.xlsx [options]

Commands:
  inspect FILE.xlsx [--json]                         what was detected: tables, roles, layout, periods, excluded rows, diagnostics
  analyze FILE.xlsx [--period YYYY-MM] [--json]      variance, forecasts, KPIs, SWOT and goals (JSON with --json)
  pack FILE.xlsx [--period YYYY-MM] --out OUT.xlsx   write the review pack into a copy of the workbook (or --in-place)
  schema                                             the JSON Schema of the analyze --json document

--period defaults to the last month with actuals. Exit status: 0 when the file was read (even with diagnostics),
1 for a file that cannot be read, 2 for a usage error.
`;

const commands: Record<string, (argv: string[], io: CliIO) => Promise<number>> = {
  analyze: analyzeCommand,
  inspect: inspectCommand,
  pack: packCommand,
  schema: async (_argv, io) => {
    io.stdout(`${JSON.stringify(z.toJSONSchema(AnalysisResultSchema), null, 2)}\n`);
    return 0;
  },
};

/** Entry point of the `ops-review` command; returns the exit status. Never throws. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`ops-review: unknown command "${name}". Try: ops-review --help\n`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    io.stderr(`ops-review ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
