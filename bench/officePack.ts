/**
 * Syncs and request bytes of the Office.js writer, measured on the strict fake (which counts the JSON of every
 * queued action per sync, as Office.js sends it): reading the sample workbook, writing its pack, refreshing it,
 * and writing a pack whose variance table has 5,000 lines. `npm run bench -- officePack`.
 */
import path from 'node:path';
import type { Pack, PackBlock, TableBlock } from '../src/engine/pack/Pack';
import { packFor } from '../src/engine/review/packFor';
import { reviewGrids } from '../src/engine/review/reviewGrids';
import { defaultSettings } from '../src/engine/settings/Settings';
import { FakeExcel } from '../src/workbook/fake/FakeExcel';
import type { SyncRecord } from '../src/workbook/fake/FakeSession';
import { OfficeWorkbook } from '../src/workbook/office/OfficeWorkbook';
import { readXlsxGrids } from '../src/workbook/xlsx/readXlsx';
import type { BenchRow } from './BenchRow';

const SAMPLE = path.join(__dirname, '..', 'examples', 'sample-ops-review.xlsx');
const GENERATED_AT = '2026-04-03T10:00:00Z';

function syncRows(label: string, syncs: readonly SyncRecord[], millis: number): BenchRow[] {
  const request = syncs.map((s) => s.requestBytes);
  return [
    { name: `${label}: syncs`, value: syncs.length, unit: 'syncs' },
    {
      name: `${label}: request bytes, largest sync`,
      value: Math.max(0, ...request),
      unit: 'bytes',
      note: `per sync: ${request.join(', ')}`,
    },
    {
      name: `${label}: response bytes, total`,
      value: syncs.reduce((sum, s) => sum + s.responseBytes, 0),
      unit: 'bytes',
    },
    { name: `${label}: time (fake host)`, value: millis, unit: 'ms' },
  ];
}

async function measure(fake: FakeExcel, label: string, action: () => Promise<unknown>): Promise<BenchRow[]> {
  fake.resetCounters();
  const start = performance.now();
  await action();
  return syncRows(label, [...fake.syncs], Math.round(performance.now() - start));
}

/** The keyed variance table of `pack` grown to `lines` rows (copies of its rows under new line keys). */
function withLines(pack: Pack, lines: number): Pack {
  const grow = (block: PackBlock): PackBlock => {
    if (block.kind !== 'table' || block.keyColumn === undefined || block.rows.length === 0) return block;
    const keyColumn = block.keyColumn;
    const rows: TableBlock['rows'] = Array.from({ length: lines }, (_, i) => {
      const row = block.rows[i % block.rows.length];
      const key = `${row.key ?? 'line'}#${i}`;
      return { ...row, key, values: { ...row.values, [keyColumn]: key } };
    });
    return { ...block, rows };
  };
  return {
    ...pack,
    sheets: pack.sheets.map((sheet) =>
      sheet.key === 'variance' ? { ...sheet, blocks: sheet.blocks.map(grow) } : sheet,
    ),
  };
}

export async function run(): Promise<BenchRow[]> {
  const grids = await readXlsxGrids(SAMPLE);
  const fake = FakeExcel.fromGrids(grids);
  const workbook = new OfficeWorkbook(fake.run);
  const rows: BenchRow[] = [];

  let read = grids;
  rows.push(...(await measure(fake, 'sample: read grids', async () => (read = await workbook.readGrids()))));
  const settings = defaultSettings();
  const pack = packFor(reviewGrids(read, settings), settings, { generatedAt: GENERATED_AT });
  rows.push(...(await measure(fake, 'sample: write pack (first run)', () => workbook.writePack(pack))));
  rows.push(...(await measure(fake, 'sample: refresh pack', () => workbook.writePack(pack))));

  const big = withLines(pack, 5000);
  const bigFake = FakeExcel.fromGrids(grids);
  const bigWorkbook = new OfficeWorkbook(bigFake.run);
  rows.push(...(await measure(bigFake, '5,000 lines: write pack (first run)', () => bigWorkbook.writePack(big))));
  rows.push({
    name: '5,000 lines: write chunks (estimated bytes)',
    value: bigWorkbook.lastChunkBytes.length,
    unit: 'chunks',
    note: bigWorkbook.lastChunkBytes.join(', '),
  });
  rows.push(...(await measure(bigFake, '5,000 lines: refresh pack', () => bigWorkbook.writePack(big))));
  return rows;
}
