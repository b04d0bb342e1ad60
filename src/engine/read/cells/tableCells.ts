import type { Grid } from '../../grid/Grid';
import { addressAt, cellAt, cellText } from './cells';
import { numberDiagnostic, textNumbersDiagnostic } from './cellDiagnostics';
import type { ReadSink } from '../ReadSink';
import type { UnreadableCell } from '../datasets';
import { parseNumber } from './parseNumber';

/**
 * Reads text and numbers from the cells of one table for the KPI, SWOT and objectives readers, reporting unreadable
 * numbers with their cell and collecting numbers typed as text for one note per table.
 */
export class TableCells {
  private readonly textNumbers: string[] = [];

  constructor(
    private readonly grid: Grid,
    private readonly sink: ReadSink,
  ) {}

  /** Trimmed text of a cell, or null when blank or when the column is absent. */
  text(row: number, column: number | null): string | null {
    if (column === null) return null;
    const text = cellText(cellAt(this.grid, row, column));
    return text === '' ? null : text;
  }

  /**
   * The number in a cell; null when blank, absent or unreadable (unreadable cells get a diagnostic naming `what`, and
   * `unreadable` hears of them, for figures whose data quality is marked).
   */
  number(
    row: number,
    column: number | null,
    what: string,
    unreadable?: (cell: { address: string; issue: UnreadableCell['issue']; shown: string }) => void,
  ): number | null {
    if (column === null) return null;
    const parsed = parseNumber(cellAt(this.grid, row, column));
    if (parsed.kind === 'blank') return null;
    const address = addressAt(this.grid, row, column);
    if (parsed.kind === 'error') {
      this.sink.diagnostics.push(numberDiagnostic(this.grid.sheet, address, parsed, what));
      unreadable?.({ address, issue: parsed.code, shown: parsed.text });
      return null;
    }
    if (parsed.fromText) this.textNumbers.push(address);
    return parsed.value;
  }

  address(row: number, column: number): string {
    return addressAt(this.grid, row, column);
  }

  /** Adds the one note about numbers stored as text, if any were read. */
  finish(): void {
    const note = textNumbersDiagnostic(this.grid.sheet, this.textNumbers);
    if (note) this.sink.diagnostics.push(note);
  }
}
