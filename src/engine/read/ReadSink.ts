/**
 * How the reading layer gathers what it finds wrong and what it leaves out: one way, a `ReadSink`. `readWorkbook`
 * makes one per read and passes it down in each reader's options; every function that looks at cells and finds a
 * problem (an unreadable amount, a row left out, a stale mapping) appends to it, and nothing reads it back until
 * `readWorkbook` returns its arrays. A function that only words a problem its caller found (`numberDiagnostic`)
 * returns the `Diagnostic` for the caller to append.
 *
 * Why a sink rather than arrays returned by each function: the pane, the command line and the pack show diagnostics
 * in the order they were found, row by row, and within one table several parts report interleaved (a period column's
 * date-order note, then each row's bad month and each unreadable amount); one append-only sink keeps that order with
 * no merging. The row loops report from inside the loop, per cell, without an array per table, row or helper to
 * allocate and concatenate. And three streams travel together (diagnostics, rows left out, unreadable cells), so a
 * helper needs one field for all of them rather than three.
 */
import type { Diagnostic } from '../diagnostics';
import type { ExcludedRow, UnreadableCell } from './datasets';

/** Where readers put what they found wrong and what they left out. Append only. */
export interface ReadSink {
  readonly diagnostics: Diagnostic[];
  readonly excludedRows: ExcludedRow[];
  /** Cells where a monthly figure should be but none could be read, for the data-quality marks. */
  readonly unreadable: UnreadableCell[];
}

/** An empty sink for one workbook read. */
export function newReadSink(): ReadSink {
  return { diagnostics: [], excludedRows: [], unreadable: [] };
}
