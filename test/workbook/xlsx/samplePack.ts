/**
 * The review pack of the sample workbook (examples/sample-ops-review.xlsx, Northwind Logistics, June 2026), built
 * the way `ops-review pack` builds it: one shared fixture for the pack tests that need real figures.
 */
import { join } from 'node:path';
import { layoutPack } from '../../../src/engine/pack/layoutPack';
import type { Pack } from '../../../src/engine/pack/Pack';
import type { PackContext } from '../../../src/engine/pack/packContext';
import { packFor } from '../../../src/engine/review/packFor';
import type { SheetLayout } from '../../../src/engine/pack/SheetLayout';
import { reviewWorkbook, type WorkbookReview } from '../../../src/workbook/reviewWorkbook';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/XlsxWorkbook';
import { openXlsxFile } from '../../../src/workbook/xlsx/xlsxFile';

export const SAMPLE = join(__dirname, '..', '..', '..', 'examples', 'sample-ops-review.xlsx');

export interface SamplePack {
  readonly review: WorkbookReview;
  readonly context: PackContext;
  readonly pack: Pack;
  readonly layouts: SheetLayout[];
}

/** Reads, reviews and packs `file` for `period`, as the command does. */
export async function packOf(file: string | Uint8Array, period?: string): Promise<SamplePack> {
  const workbook = typeof file === 'string' ? await openXlsxFile(file) : await XlsxWorkbook.load(file);
  const review = await reviewWorkbook(workbook, period === undefined ? {} : { period });
  const settings = { ...review.settings, pack: { ...review.settings.pack, author: 'Finance team' } };
  const pack = packFor(review, settings, { generatedAt: '2026-07-03T09:15:00Z' });
  return { review, context: review.context, pack, layouts: layoutPack(pack) };
}

/** The sample's pack for June 2026. */
export function samplePack(): Promise<SamplePack> {
  return packOf(SAMPLE, '2026-06');
}
