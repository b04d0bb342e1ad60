import { reviewWorkbook } from '../workbook/reviewWorkbook';
import { XlsxReadError } from '../workbook/xlsx/XlsxReadError';
import { openXlsxFile } from '../workbook/xlsx/xlsxFile';
import type { XlsxWorkbook } from '../workbook/xlsx/XlsxWorkbook';
import { parseAnalyzeArgs } from './analyzeArgs';
import type { CliIO } from './CliIO';
import { formatAnalysis } from './formatAnalysis';
import { writeJson } from './jsonPieces';

const USAGE =
  'Usage: ops-review analyze FILE.xlsx [--period YYYY-MM] [--json] [--threshold 10%] [--abs-threshold AMOUNT] [--fiscal-start 1-12] [--no-like-for-like]\nTry: ops-review analyze --help\n';

/**
 * `ops-review analyze FILE.xlsx`: reads the workbook with the settings saved in it, runs the review for the period (default: the last month with
 * actuals) and prints the AnalysisResult JSON document (--json) or a readable summary. Exit status 0 whenever the
 * file was read, even with diagnostics; 1 with a one-line error when it cannot be read; 2 for usage errors.
 */
export async function analyzeCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseAnalyzeArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`ops-review analyze: ${args}\n${USAGE}`);
    return 2;
  }
  for (const note of args.notes) io.stderr(`ops-review analyze: ${note}\n`);
  let workbook: XlsxWorkbook;
  try {
    workbook = await openXlsxFile(args.file);
  } catch (error) {
    if (!(error instanceof XlsxReadError)) throw error;
    io.stderr(`ops-review analyze: ${error.message}\n`);
    return 1;
  }
  const { result, settingsProblem } = await reviewWorkbook(workbook, args);
  if (settingsProblem !== null) io.stderr(`ops-review analyze: ${settingsProblem}\n`);
  // In pieces: the document of a 200,000-line workbook is longer than the longest string Node can hold.
  if (args.json) writeJson(result, io.stdout);
  else io.stdout(formatAnalysis(args.file, result));
  return 0;
}
