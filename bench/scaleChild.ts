/**
 * One measurement of the scale benchmark, in its own process so that its peak memory is its own:
 * `tsx bench/scaleChild.ts MODE FILE` prints one JSON line {ms, peakMB, refused?}. The review timed by phase is
 * `analyzePhases.cjs`, on the built command.
 * Modes: `read` (this project's reader), `cli-analyze` and `cli-pack` (the commands themselves), `exceljs` and
 * `sheetjs` (the raw libraries' own parse of the file), `inflate` (only unzipping its XML parts with zlib: the floor
 * any reader of the file stands on).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { analyzeCommand } from '../src/cli/analyze';
import { packCommand } from '../src/cli/pack';
import { readXlsxGrids } from '../src/workbook/xlsx/readXlsx';
import { XlsxReadError } from '../src/workbook/xlsx/XlsxReadError';
import { entryData, zipDirectory } from '../src/workbook/xlsx/read/zipDirectory';

const silent = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t) };

async function measure(mode: string, file: string): Promise<Record<string, number>> {
  switch (mode) {
    case 'read':
      await readXlsxGrids(file);
      break;
    case 'cli-analyze':
      await analyzeCommand([file, '--json'], silent);
      break;
    case 'cli-pack':
      await packCommand([file, '--out', join(tmpdir(), `ops-review-bench-pack-${process.pid}.xlsx`)], silent);
      break;
    case 'exceljs': {
      const ExcelJS = (await import('exceljs')).default;
      await new ExcelJS.Workbook().xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
      break;
    }
    case 'sheetjs': {
      const XLSX = await import('@e965/xlsx');
      XLSX.read(readFileSync(file), { dense: true });
      break;
    }
    case 'inflate': {
      const bytes = readFileSync(file);
      for (const entry of zipDirectory(bytes).values()) {
        if (entry.method === 8) inflateRawSync(entryData(bytes, entry));
      }
      break;
    }
    default:
      throw new Error(`unknown mode ${mode}`);
  }
  return {};
}

void (async () => {
  const [mode, file] = process.argv.slice(2);
  const start = performance.now();
  let parts: Record<string, number | string>;
  try {
    parts = await measure(mode ?? '', file ?? '');
  } catch (error) {
    if (!(error instanceof XlsxReadError)) throw error;
    parts = { refused: error.message };
  }
  const ms = performance.now() - start;
  const peakMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, peakMB, ...parts })}\n`);
})();
