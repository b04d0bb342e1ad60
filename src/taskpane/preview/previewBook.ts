import { FakeExcel } from '../../workbook/fake/FakeExcel';
import { OfficeWorkbook } from '../../workbook/office/OfficeWorkbook';
import { readXlsxGrids } from '../../workbook/xlsx/readXlsx';
import { createRunner } from '../host/createRunner';
import type { PaneHost } from '../session/PaneHost';

/** The sample workbook webpack copies next to the pane. */
export const SAMPLE_URL = 'examples/sample-ops-review.xlsx';

/** An .xlsx file loaded into the in-browser workbook emulation, with the pane's host over it. */
export interface PreviewBook {
  readonly fileName: string;
  /** The file as opened, for the download to write the pack into. */
  readonly bytes: Uint8Array;
  readonly fake: FakeExcel;
  readonly host: PaneHost;
}

/**
 * Loads .xlsx bytes into the emulation and puts the pane's real Office.js adapter over it, so the preview runs the
 * same code as Excel does.
 * @throws XlsxReadError when the bytes are not an .xlsx workbook (the preview shows the message)
 */
export async function openPreviewBook(bytes: ArrayBuffer, fileName: string): Promise<PreviewBook> {
  // A copy taken first: the reader may hold on to (or detach) the buffer it is given.
  const original = new Uint8Array(bytes.slice(0));
  const grids = await readXlsxGrids(bytes);
  const fake = FakeExcel.fromGrids(grids);
  return {
    fileName,
    bytes: original,
    fake,
    host: { workbook: new OfficeWorkbook(fake.run), runner: createRunner(), now: () => new Date() },
  };
}

/**
 * Fetches the sample workbook.
 * @throws Error with a sentence when it cannot be fetched
 */
export async function fetchSample(): Promise<ArrayBuffer> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`The sample workbook could not be loaded (HTTP ${response.status}).`);
  return response.arrayBuffer();
}
