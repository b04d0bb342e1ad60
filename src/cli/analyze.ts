import { analyze } from '../engine/analyze/analyze';
import { readWorkbook } from '../engine/read/readWorkbook';
import { detectCurrency } from '../engine/variance/detectCurrency';
import { parseAnalyzeArgs } from './analyzeArgs';
import type { CliIO } from './CliIO';
import { formatAnalysis } from './formatAnalysis';
import { readGridsOrReport } from './readGridsOrReport';

const USAGE =
  'Usage: ops-review analyze FILE.xlsx [--period YYYY-MM] [--json] [--threshold 0.1|10%] [--abs-threshold AMOUNT]\n';

/**
 * `ops-review analyze FILE.xlsx`: reads the workbook, runs the review for the period (default: the last month with
 * actuals) and prints the AnalysisResult JSON document (--json) or a readable summary. Exit status 0 whenever the
 * file was read, even with diagnostics; 1 with a one-line error when it cannot be read; 2 for usage errors.
 */
export async function analyzeCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseAnalyzeArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`ops-review analyze: ${args}\n${USAGE}`);
    return 2;
  }
  const grids = await readGridsOrReport('analyze', args.file, io);
  if (grids === null) return 1;
  const result = analyze(readWorkbook(grids), {
    currency: detectCurrency(grids),
    ...(args.period === undefined ? {} : { period: args.period }),
    ...(args.threshold === undefined ? {} : { threshold: args.threshold }),
    ...(args.absoluteThreshold === undefined ? {} : { absoluteThreshold: args.absoluteThreshold }),
  });
  io.stdout(args.json ? `${JSON.stringify(result, null, 2)}\n` : formatAnalysis(args.file, result));
  return 0;
}
