/**
 * Time to build, lay out and write review packs to .xlsx with native charts: the sample workbook end to end, and a
 * pack whose variance table has 5,000 lines (50 departments x 100 accounts). `npm run bench -- pack`.
 */
import path from 'node:path';
import { buildPack } from '../src/engine/pack/buildPack';
import { layoutPack } from '../src/engine/pack/layoutPack';
import type { Pack } from '../src/engine/pack/Pack';
import { packFor } from '../src/engine/review/packFor';
import { reviewGrids } from '../src/engine/review/reviewGrids';
import { defaultSettings } from '../src/engine/settings/Settings';
import type { AnalysisResult, Rollup, VarianceLine } from '../src/engine/results/AnalysisResult';
import { XlsxWorkbook } from '../src/workbook/xlsx/XlsxWorkbook';
import { openXlsxFile } from '../src/workbook/xlsx/xlsxFile';
import { analysisResult, varianceCell } from '../test/fixtures/analysisResult';
import type { BenchRow } from './BenchRow';

const SAMPLE = path.join(__dirname, '..', 'examples', 'sample-ops-review.xlsx');
const GENERATED_AT = '2026-04-03T10:00:00Z';

/** `count` expense lines derived from the fixture's Raw materials line, amounts varied deterministically (no randomness). */
export function manyLines(count: number): AnalysisResult {
  const template = analysisResult.variance.lines[2];
  const lines: VarianceLine[] = Array.from({ length: count }, (_, i) => {
    const department = `Dept ${String(Math.floor(i / 100) + 1).padStart(2, '0')}`;
    const account = `Account ${String((i % 100) + 1).padStart(3, '0')}`;
    const budget = 10_000 + ((i * 7919) % 90_000);
    const actual = budget + (((i * 104_729) % 21) - 10) * 250;
    const cell = varianceCell(budget, actual, 'expense');
    return {
      ...template,
      key: `${account} | ${department}`,
      account,
      department,
      accountCode: String(5000 + i),
      month: cell,
      qtd: cell,
      ytd: cell,
    };
  });
  const departments = [...new Set(lines.map((l) => l.department ?? ''))];
  const rollups: Rollup[] = departments.map((d) => {
    const mine = lines.filter((l) => l.department === d);
    const cell = varianceCell(
      -mine.reduce((s, l) => s + l.month.budget, 0),
      -mine.reduce((s, l) => s + l.month.actual, 0),
      'result',
    );
    return {
      by: 'department',
      key: d,
      label: d,
      month: cell,
      qtd: cell,
      ytd: cell,
      fullYear: template.fullYear,
      lineKeys: mine.map((l) => l.key),
    };
  });
  return {
    ...analysisResult,
    variance: {
      ...analysisResult.variance,
      lines,
      rollups: [...rollups, ...analysisResult.variance.rollups.filter((r) => r.by !== 'department')],
    },
  };
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/** `pack` written into the workbook `base` (a path or .xlsx bytes), as the bytes of the saved workbook. */
async function packInto(base: string | Uint8Array, pack: Pack): Promise<Uint8Array> {
  const workbook = typeof base === 'string' ? await openXlsxFile(base) : await XlsxWorkbook.load(base);
  await workbook.writePack(pack);
  return workbook.toBytes();
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  const sample = await timed(async () => {
    const workbook = await openXlsxFile(SAMPLE);
    const settings = defaultSettings();
    const review = reviewGrids(await workbook.readGrids(), settings);
    await workbook.writePack(packFor(review, settings, { generatedAt: GENERATED_AT }));
    return workbook.toBytes();
  });
  rows.push({
    name: 'sample workbook: load, analyse, pack, write .xlsx',
    value: sample.ms,
    unit: 'ms',
    note: `${sample.value.byteLength} bytes`,
  });

  const big = manyLines(5_000);
  const built = await timed(() => buildPack(big, { generatedAt: GENERATED_AT }));
  rows.push({ name: '5,000 lines: buildPack', value: built.ms, unit: 'ms' });
  const laid = await timed(() => layoutPack(built.value));
  const cells = laid.value.reduce(
    (n, l) => n + l.cells.reduce((m, c) => m + c.values.length * (c.values[0]?.length ?? 0), 0),
    0,
  );
  rows.push({ name: '5,000 lines: layoutPack', value: laid.ms, unit: 'ms', note: `${cells} cells` });
  const written = await timed(() => packInto(SAMPLE, built.value));
  rows.push({
    name: '5,000 lines: write pack + charts to .xlsx (sample as base)',
    value: written.ms,
    unit: 'ms',
    note: `${written.value.byteLength} bytes`,
  });
  const refreshed = await timed(() => packInto(written.value, built.value));
  rows.push({ name: '5,000 lines: refresh its own output (commentary read back)', value: refreshed.ms, unit: 'ms' });
  rows.push({ name: '5,000 lines: build + layout + write, total', value: built.ms + laid.ms + written.ms, unit: 'ms' });
  return rows;
}
