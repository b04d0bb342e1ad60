/**
 * The review pack of the sample workbook (examples/sample-ops-review.xlsx, Northwind Logistics, June 2026), built
 * the way `ops-review pack` builds it: one shared fixture for the pack tests that need real figures.
 */
import { join } from 'node:path';
import { buildPack } from '../../../src/engine/pack/buildPack';
import { fingerprintGrid } from '../../../src/engine/pack/fingerprint';
import { layoutPack } from '../../../src/engine/pack/layoutPack';
import type { Pack } from '../../../src/engine/pack/Pack';
import { packContext, type PackContext } from '../../../src/engine/pack/packContext';
import type { SheetLayout } from '../../../src/engine/pack/SheetLayout';
import { reviewWorkbook, type Review } from '../../../src/workbook/reviewWorkbook';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/XlsxWorkbook';
import { openXlsxFile } from '../../../src/workbook/xlsx/xlsxFile';

export const SAMPLE = join(__dirname, '..', '..', '..', 'examples', 'sample-ops-review.xlsx');

export interface SamplePack {
  readonly review: Review;
  readonly context: PackContext;
  readonly pack: Pack;
  readonly layouts: SheetLayout[];
}

/** Reads, reviews and packs `file` for `period`, as the command does. */
export async function packOf(file: string | Uint8Array, period?: string): Promise<SamplePack> {
  const workbook = typeof file === 'string' ? await openXlsxFile(file) : await XlsxWorkbook.load(file);
  const review = await reviewWorkbook(workbook, period === undefined ? {} : { period });
  const context = packContext(review.read, review.grids, review.result);
  const pack = buildPack(review.result, {
    generatedAt: '2026-07-03T09:15:00Z',
    author: 'Finance team',
    sources: review.grids.map(fingerprintGrid),
    ...context,
  });
  return { review, context, pack, layouts: layoutPack(pack) };
}

/** The sample's pack for June 2026. */
export function samplePack(): Promise<SamplePack> {
  return packOf(SAMPLE, '2026-06');
}
