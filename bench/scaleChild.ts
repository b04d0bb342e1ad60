/**
 * One measurement of the scale benchmark, in its own process so that its peak memory is its own:
 * `tsx bench/scaleChild.ts MODE FILE` prints one JSON line {ms, peakMB, refused?, and the phases of `analyze`}.
 * Modes: `read` (this project's reader), `analyze` (the workbook opened, read and reviewed as `ops-review analyze`
 * does, timed by phase), `cli-analyze` and `cli-pack` (the commands themselves), `exceljs` and `sheetjs` (the raw libraries' own parse of the file), `inflate` (only
 * unzipping its XML parts with zlib: the floor any reader of the file stands on).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { analyzeCommand } from '../src/cli/analyze';
import { packCommand } from '../src/cli/pack';
import { reviewGrids } from '../src/engine/review/reviewGrids';
import { storedSettings } from '../src/engine/settings/Settings';
import { openXlsxFile } from '../src/workbook/xlsx/xlsxFile';
import { readXlsxGrids } from '../src/workbook/xlsx/readXlsx';
import { XlsxReadError } from '../src/workbook/xlsx/XlsxReadError';
import { entryData, zipDirectory } from '../src/workbook/xlsx/read/zipDirectory';

const silent = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t) };

async function measure(mode: string, file: string): Promise<Record<string, number>> {
  const start = performance.now();
  switch (mode) {
    case 'read':
      await readXlsxGrids(file);
      break;
    case 'analyze': {
      // The command's path (`ops-review analyze`, less printing), in the phases of issue #16's goal: read = the
      // .xlsx parse and the workbook's grids read into typed records (facts, KPIs, ...); analysis = everything after,
      // until the result is checked. The pack's extras (fingerprints, titles), which `analyze` never makes, apart.
      const workbook = await openXlsxFile(file);
      const settings = storedSettings(await workbook.loadSettings()).settings;
      const grids = await workbook.readGrids();
      const parseMs = performance.now() - start;
      let readAt = NaN;
      const review = reviewGrids(grids, settings, {}, (progress) => {
        if (progress.label.startsWith('Analysing')) readAt = performance.now();
      });
      const analyzedAt = performance.now();
      void review.sources;
      void review.context;
      const readMs = readAt - start;
      return {
        parseMs,
        readMs,
        analyzeMs: analyzedAt - readAt,
        packExtrasMs: performance.now() - analyzedAt,
        lines: review.result.variance.lines.length,
      };
    }
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
