/**
 * Writes examples/sample-ops-review.xlsx, the embedded default workbook of the pane preview and the command line.
 * Run with `npm run examples`; the output is byte-identical on every run.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { sampleWorkbookBytes } from './sampleWorkbook';

/** Where the sample workbook is written. */
export const SAMPLE_PATH = join(__dirname, 'sample-ops-review.xlsx');

async function main(): Promise<void> {
  const bytes = await sampleWorkbookBytes();
  writeFileSync(SAMPLE_PATH, bytes);
  process.stdout.write(`Wrote ${SAMPLE_PATH} (${bytes.length} bytes)\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`examples/generate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
