import type { SourceRef } from '../../engine';

/** Selects cells in the workbook (Excel, or the preview's emulated workbook); failures are reported by the host. */
export type SelectCells = (refs: readonly SourceRef[]) => void;
