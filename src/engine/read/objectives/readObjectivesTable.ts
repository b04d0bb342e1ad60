import { excelRow, isBlankRow } from '../cells/cells';
import type { TableReaderOptions } from '../tables/TableReaderOptions';
import { monthColumns, roleColumn } from '../tables/TableReaderOptions';
import type { ExcludedRow, ObjectiveRecord, PhasingMethod } from '../datasets';
import { parseNumberText } from '../cells/parseNumber';
import { isFootnote, summaryKind, totalKind } from '../tables/rowLabels';
import { normalizeText } from '../cells/text';
import { TableCells } from '../cells/tableCells';
import { shortPeriodLabel } from '../../period/periodLabel';

/** Reads a phasing cell: "Even"/"Flat"/"Straight-line", "Seasonal", "Custom"/"Profile"; null when blank or unknown. */
export function parsePhasing(text: string): PhasingMethod | null {
  const t = normalizeText(text);
  if (/^(?:even|evenly|flat|straight[- ]line|linear|equal|uniform)$/.test(t)) return 'even';
  if (/^(?:seasonal|seasonality|seasonal profile|by season|history|historical)$/.test(t)) return 'seasonal';
  if (/^(?:custom|profile|custom profile|manual|weights|weighted)$/.test(t)) return 'custom';
  return null;
}

/** Options of {@link readObjectivesTable}. */
export type ObjectivesTableOptions = TableReaderOptions;

/** One objectives table being read: its options, the cells reader and the column of each role. */
interface ObjectivesTable {
  readonly options: ObjectivesTableOptions;
  readonly cells: TableCells;
  readonly col: (...roles: string[]) => number | null;
  readonly nameColumn: number | null;
  readonly months: readonly { readonly column: number; readonly period: string }[];
}

/**
 * Reads an objectives table: objective, annual target, unit, owner, phasing method, seasonal reference, a custom
 * profile written as a list ("10, 8, 8, ...") and actual progress by month when the table has month columns.
 */
export function readObjectivesTable(options: ObjectivesTableOptions): ObjectiveRecord[] {
  const { grid, sink } = options;
  const col = (...roles: string[]): number | null => roleColumn(options, roles);
  const cells = new TableCells(grid, sink);
  const table: ObjectivesTable = {
    options,
    cells,
    col,
    nameColumn: col('objective', 'account', 'label', 'kpi'),
    months: monthColumns(options),
  };
  const out: ObjectiveRecord[] = [];
  for (let r = options.dataStart; r < options.dataEnd; r++) {
    const sheet = grid.sheet;
    const name = cells.text(r, table.nameColumn);
    if (isBlankRow(grid, r) || name === null) {
      sink.excludedRows.push({
        sheet,
        row: excelRow(grid, r),
        reason: 'blank',
        ...(name === null && !isBlankRow(grid, r) ? { detail: 'no objective name' } : {}),
      });
      continue;
    }
    const summary = summaryRow(table, name, r);
    if (summary !== null) {
      sink.excludedRows.push({ sheet, row: excelRow(grid, r), ...summary, label: name });
      continue;
    }
    const objective = readObjective(table, name, r);
    if (objective !== null) out.push(objective);
  }
  cells.finish();
  return out;
}

/**
 * "Total" always; "Total savings", "Average" or a footnote only when the row has no owner, unit or phasing of its
 * own, so an objective named "Total revenue growth" is still an objective.
 */
function summaryRow(table: ObjectivesTable, label: string, r: number): Pick<ExcludedRow, 'reason' | 'detail'> | null {
  const kind = summaryKind(label);
  if (kind === 'total' && totalKind(label) === 'total') return { reason: 'total' };
  if (
    ['owner', 'unit', 'phasing', 'reference', 'profile'].some((role) => table.cells.text(r, table.col(role)) !== null)
  )
    return null;
  if (kind !== null) return { reason: kind, detail: 'summary row of the objectives table' };
  return isFootnote(label) ? { reason: 'section', detail: 'footnote' } : null;
}

/** The objective on a row, or null when it has no annual target (said in a diagnostic, and the row left out). */
function readObjective(table: ObjectivesTable, name: string, r: number): ObjectiveRecord | null {
  const { cells, col, nameColumn } = table;
  const { grid, columnStart, sink } = table.options;
  const sheet = grid.sheet;
  const targetColumn = col('target', 'amount');
  const target = cells.number(r, targetColumn, `the annual target of ${name}`);
  if (target === null) {
    const cell = cells.address(r, targetColumn ?? nameColumn ?? columnStart);
    sink.diagnostics.push({
      severity: 'error',
      sheet,
      cell,
      code: 'objective-target',
      message: `${name} has no annual target (${cell}); the objective was left out.`,
    });
    sink.excludedRows.push({
      sheet,
      row: excelRow(grid, r),
      reason: 'section',
      detail: 'objective without a target',
      label: name,
    });
    return null;
  }
  const phasingText = cells.text(r, col('phasing'));
  const phasing = phasingText === null ? null : parsePhasing(phasingText);
  if (phasingText !== null && phasing === null) {
    const cell = cells.address(r, col('phasing') ?? columnStart);
    sink.diagnostics.push({
      severity: 'warning',
      sheet,
      cell,
      code: 'objective-phasing',
      message: `${name}: phasing "${phasingText}" is not Even, Seasonal or Custom (${cell}); it will be phased evenly.`,
    });
  }
  const profileText = cells.text(r, col('profile'));
  return {
    name,
    annualTarget: target,
    unit: cells.text(r, col('unit')),
    owner: cells.text(r, col('owner')),
    phasing,
    reference: cells.text(r, col('reference')),
    profile: profileText === null ? null : parseProfile(profileText),
    actuals: table.months.flatMap((m) => {
      const value = cells.number(r, m.column, `the ${shortPeriodLabel(m.period)} progress of ${name}`);
      return value === null ? [] : [{ period: m.period, value, source: { sheet, cell: cells.address(r, m.column) } }];
    }),
    source: { sheet, cell: cells.address(r, nameColumn ?? columnStart) },
  };
}

/** "10, 8, 8, 9" or "10;8;8" as weights; null unless it holds 4 or 12 numbers. */
function parseProfile(text: string): number[] | null {
  const parts = text.split(/[;,|]\s*|\s+/).filter((p) => p !== '');
  const numbers = parts.map((p) => parseNumberText(p));
  if (numbers.some((n) => typeof n !== 'number')) return null;
  const weights = numbers as number[];
  return weights.length === 12 || weights.length === 4 ? weights : null;
}
