import { cellAt, cellText, formatAt, isBlank, isBlankRow } from '../cells/cells';
import type {
  ExcludedRow,
  KpiDirection,
  KpiRecord,
  KpiThresholds,
  KpiValue,
  Period,
  UnreadableCell,
} from '../datasets';
import { directionFromName, parseDirection } from './kpiDirection';
import { parsePeriod } from '../periods/parsePeriod';
import { isFootnote, summaryKind, totalKind } from '../tables/rowLabels';
import { excelRow } from '../cells/cells';
import { TableCells } from '../cells/tableCells';
import { shortPeriodLabel } from '../../period/periodLabel';
import type { TableReaderOptions } from '../tables/TableReaderOptions';
import { monthColumns, roleColumn } from '../tables/TableReaderOptions';

type MutableKpi = { -readonly [K in keyof Omit<KpiRecord, 'values' | 'targets'>]: KpiRecord[K] } & {
  values: KpiValue[];
  targets: { period: Period; value: number }[];
};

/** Options of {@link readKpiTable}. */
export interface KpiTableOptions extends TableReaderOptions {
  /** Month the fiscal year starts (1 = January), for period cells such as "FY26 P01". */
  readonly fiscalYearStartMonth: number;
}

/** One KPI table being read: its options, the cells reader and the column of each role. */
interface KpiTable {
  readonly options: KpiTableOptions;
  readonly cells: TableCells;
  /** The grid column of a role, or null when the table has no such column. */
  readonly col: (role: string) => number | null;
  /** The KPI name column. */
  readonly name: number | null;
  readonly months: readonly { readonly column: number; readonly period: Period }[];
  /** Long layout: the period and value columns. */
  readonly period: number | null;
  readonly value: number | null;
}

/**
 * Reads a KPI table: one row per KPI with owner, unit, direction, target (or a target range), optional green/amber
 * thresholds, perspective and weight, and values by month (wide); or one row per KPI and month (long) with a value and
 * an optional per-month target. Label-only rows are perspective headings ("Customer", "Operations").
 */
export function readKpiTable(options: KpiTableOptions): KpiRecord[] {
  const { grid, columns, columnStart, sink } = options;
  const col = (role: string): number | null => roleColumn(options, [role]);
  const table: KpiTable = {
    options,
    cells: new TableCells(grid, sink),
    col,
    name: col('kpi') ?? col('account') ?? col('label'),
    months: monthColumns(options),
    period: col('period'),
    value: col('amount') ?? col('value'),
  };
  const { cells, name } = table;
  const byName = new Map<string, MutableKpi>();
  const out: MutableKpi[] = [];
  let heading: string | null = null;
  for (let r = options.dataStart; r < options.dataEnd; r++) {
    const sheet = grid.sheet;
    const kpiName = cells.text(r, name);
    if (isBlankRow(grid, r)) {
      sink.excludedRows.push({ sheet, row: excelRow(grid, r), reason: 'blank' });
      continue;
    }
    const others = columns.some(
      (c) => columnStart + c.index !== name && !isBlank(cellAt(grid, r, columnStart + c.index)),
    );
    const summary = kpiName === null ? null : summaryRow(table, kpiName, r);
    if (summary !== null) {
      sink.excludedRows.push({ sheet, row: excelRow(grid, r), ...summary, ...(kpiName ? { label: kpiName } : {}) });
      continue;
    }
    if (kpiName === null || !others) {
      if (kpiName !== null) heading = kpiName;
      sink.excludedRows.push({
        sheet,
        row: excelRow(grid, r),
        reason: 'section',
        detail: kpiName ? `perspective: ${kpiName}` : 'no KPI name',
        ...(kpiName ? { label: kpiName } : {}),
      });
      continue;
    }
    let record = byName.get(kpiName.toLowerCase());
    if (!record) {
      record = newKpi(table, r, kpiName, heading);
      byName.set(kpiName.toLowerCase(), record);
      out.push(record);
    }
    readMonths(table, r, record, kpiName);
    if (table.period !== null && table.value !== null) readLongRow(table, r, record);
  }
  cells.finish();
  return out;
}

/**
 * A total or footnote row under the KPIs: "Total" or "Grand total" always; "Total weighted score", "Average" or a
 * footnote only when the row gives the KPI nothing of its own (no target, direction, unit or owner), so a KPI named
 * "Total cost per delivery" or "Average order value" is still a KPI.
 */
function summaryRow(table: KpiTable, label: string, r: number): Pick<ExcludedRow, 'reason' | 'detail'> | null {
  const kind = summaryKind(label);
  const own = ['target', 'targetLow', 'targetHigh', 'direction', 'unit', 'owner'].some(
    (role) => !isBlank(cellAt(table.options.grid, r, table.col(role) ?? -1)),
  );
  if (kind === 'total' && totalKind(label) === 'total') return { reason: 'total' };
  if (own) return null;
  if (kind !== null) return { reason: kind, detail: 'summary row of the KPI table' };
  return isFootnote(label) ? { reason: 'section', detail: 'footnote' } : null;
}

/** The KPI a row first names, with its direction (said in a diagnostic when guessed), targets and thresholds. */
function newKpi(table: KpiTable, r: number, kpiName: string, heading: string | null): MutableKpi {
  const { cells, col } = table;
  const sheet = table.options.grid.sheet;
  const low = cells.number(r, col('targetLow'), `the lower target of ${kpiName}`);
  const high = cells.number(r, col('targetHigh'), `the upper target of ${kpiName}`);
  const directionText = cells.text(r, col('direction'));
  let direction: KpiDirection | null = directionText === null ? null : parseDirection(directionText);
  if (direction === null) {
    direction = low !== null && high !== null ? 'range' : directionFromName(kpiName);
    const cell = cells.address(r, col('direction') ?? table.name ?? 0);
    table.options.sink.diagnostics.push({
      severity: directionText === null ? 'info' : 'warning',
      sheet,
      cell,
      code: 'kpi-direction',
      message: `${kpiName}: ${directionText === null ? 'no direction given' : `direction "${directionText}" not understood`}; read as ${direction === 'higher' ? 'higher is better' : direction === 'lower' ? 'lower is better' : 'within a range'}.`,
    });
  }
  const single = table.period === null ? cells.number(r, col('target'), `the target of ${kpiName}`) : null;
  const target = direction === 'range' && low !== null && high !== null ? (low + high) / 2 : single;
  return {
    name: kpiName,
    owner: cells.text(r, col('owner')),
    unit: cells.text(r, col('unit')),
    direction,
    target,
    targetLow: low,
    targetHigh: high,
    targets: [],
    thresholds: thresholds(table, r, kpiName),
    perspective: cells.text(r, col('perspective')) ?? cells.text(r, col('category')) ?? heading,
    weight: cells.number(r, col('weight'), `the weight of ${kpiName}`),
    values: [],
    source: { sheet, cell: cells.address(r, table.name ?? table.options.columnStart) },
  };
}

function thresholds(table: KpiTable, row: number, name: string): KpiThresholds | null {
  const g = table.cells.number(row, table.col('green'), `the green threshold of ${name}`);
  const a = table.cells.number(row, table.col('amber'), `the amber threshold of ${name}`);
  if (g === null || a === null) return null;
  // Thresholds near 1 are attainment ratios ("95%"); anything larger is a distance in the KPI's unit.
  const mode = Math.abs(g) <= 2 && Math.abs(a) <= 2 ? 'pct' : 'abs';
  return { green: g, amber: a, mode };
}

/** Wide layout: the row's value in each month column (`kpiName` as this row writes it). */
function readMonths(table: KpiTable, r: number, record: MutableKpi, kpiName: string): void {
  const { cells } = table;
  const sheet = table.options.grid.sheet;
  for (const m of table.months) {
    const v = cells.number(r, m.column, `the ${shortPeriodLabel(m.period)} value of ${kpiName}`, (bad) =>
      unreadable(table, bad, m.period, kpiName),
    );
    if (v !== null)
      record.values.push({ period: m.period, value: v, source: { sheet, cell: cells.address(r, m.column) } });
  }
}

/** Long layout: the row's month, value and that month's target. */
function readLongRow(table: KpiTable, r: number, record: MutableKpi): void {
  const { cells, options } = table;
  const { grid, sink } = options;
  const periodColumn = table.period ?? 0;
  const raw = cellAt(grid, r, periodColumn);
  const parsed = parsePeriod(raw, formatAt(grid, r, periodColumn), {
    fiscalYearStartMonth: options.fiscalYearStartMonth,
    serialWithoutFormat: true,
  });
  if (!parsed || parsed.kind === 'monthOnly') {
    const cell = cells.address(r, periodColumn);
    sink.diagnostics.push({
      severity: 'error',
      sheet: grid.sheet,
      cell,
      code: 'bad-period',
      message: `${cell} holds "${cellText(raw)}" where a month such as "Jan 2026" should be; the ${record.name} value on this row was left out.`,
    });
    return;
  }
  const what = `the ${shortPeriodLabel(parsed.period)} value of ${record.name}`;
  const v = cells.number(r, table.value, what, (bad) => unreadable(table, bad, parsed.period, record.name));
  if (v !== null)
    record.values.push({
      period: parsed.period,
      value: v,
      source: { sheet: grid.sheet, cell: cells.address(r, table.value ?? 0) },
    });
  const t = cells.number(r, table.col('target'), `the ${shortPeriodLabel(parsed.period)} target of ${record.name}`);
  if (t !== null) {
    record.targets.push({ period: parsed.period, value: t });
    if (record.target === null || record.direction !== 'range') record.target = t;
  }
}

/** Notes a KPI value that could not be read, so the KPI's figure for that month can be marked. */
function unreadable(
  table: KpiTable,
  bad: { address: string; issue: UnreadableCell['issue']; shown: string },
  period: Period,
  name: string,
): void {
  table.options.sink.unreadable.push({
    source: { sheet: table.options.grid.sheet, cell: bad.address },
    issue: bad.issue,
    shown: bad.shown,
    period,
    figure: { kind: 'kpi', name },
  });
}
