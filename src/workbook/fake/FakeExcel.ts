/**
 * A strict in-memory stand-in for the Excel JavaScript API subset in `../office/ExcelApi.ts`, written for this
 * project because office-addin-mock answers strings for unloaded properties and models no methods.
 *
 * What it models: proxies that throw Excel's `PropertyNotLoaded` when read before `load()` + `sync()`; writes
 * queued until `sync()`; `isNullObject`; a sync counter with request and response bytes (JSON of the queued
 * actions and of the data loaded); Excel on the web's 5 MB request limit (`RequestPayloadSizeLimitExceeded`);
 * typed-input conversion of strings (see `cellInput.ts`); a few formulas (see `formulaValue.ts`); sheet names,
 * visibility and ids (unique, kept across a rename, new for a new sheet); workbook-scoped defined names bound to
 * their sheet (a rename follows, a deletion leaves "#REF!"); charts, formats, conditional formats, column widths and
 * freeze panes, recorded as data.
 * What it does not: recalculation beyond `formulaValue.ts`, response-size limits, events, undo.
 */
import type { Grid } from '../../engine';
import type { ExcelContext } from '../office/ExcelApi';
import { emptyBook, type BookState } from './BookState';
import { loadGrids } from './loadGrids';
import { FakeRequestContext } from './FakeRequestContext';
import { FakeSession, type SyncRecord } from './FakeSession';
import { snapshotBook, type BookSnapshot } from './snapshot';

/** One fake workbook; `run` is its `Excel.run`. Counters accumulate across runs until `resetCounters`. */
export class FakeExcel {
  /** Every `sync()` so far, in order, across runs. */
  readonly syncs: SyncRecord[] = [];
  /** How many times screen updating was suspended (one per `suspendScreenUpdatingUntilNextSync` that reached the host). */
  screenUpdatingSuspensions = 0;

  constructor(readonly book: BookState = emptyBook()) {}

  /** A workbook holding the grids' values, number formats and formulas, with their Excel Tables. */
  static fromGrids(grids: readonly Grid[]): FakeExcel {
    const fake = new FakeExcel();
    loadGrids(fake.book, grids);
    return fake;
  }

  /** The shape of `Excel.run`: runs the batch with a fresh request context. */
  run = async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
    const session = new FakeSession(this.book, (sync) => this.syncs.push(sync));
    try {
      const result = await batch(new FakeRequestContext(session));
      // Excel.run sends whatever is still queued when the batch returns.
      await session.sync();
      return result;
    } finally {
      this.screenUpdatingSuspensions += session.screenUpdatingSuspensions;
      session.close();
    }
  };

  /** Round trips so far (a sync with nothing queued makes none, as in Office.js). */
  syncCount(): number {
    return this.syncs.length;
  }

  resetCounters(): void {
    this.syncs.length = 0;
    this.screenUpdatingSuspensions = 0;
  }

  /** What the workbook holds now: sheets with values, formats, charts and conditional formats. */
  snapshot(): BookSnapshot {
    return snapshotBook(this.book);
  }
}
