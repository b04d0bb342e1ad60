import type { Grid } from '../../grid/Grid';
import type { ColumnRole } from '../WorkbookRead';
import { cellAt, cellText, formatAt, isBlank, isBlankRow } from '../cells/cells';
import type { ReadSink } from '../context';
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

type MutableKpi = { -readonly [K in keyof Omit<KpiRecord, 'values' | 'targets'>]: KpiRecord[K] } & {
  values: KpiValue[];
  targets: { period: Period; value: number }[];
};

/**
 * Reads a KPI table: one row per KPI with owner, unit, direction, target (or a target range), optional green/amber
 * thresholds, perspective and weight, and values by month (wide); or one row per KPI and month (long) with a value and
 * an optional per-month target. Label-only rows are perspective headings ("Customer", "Operations").
 */
export function readKpiTable(
  grid: Grid,
  from: number,
  to: number,
  columns: readonly ColumnRole[],
  columnStart: number,
  sink: ReadSink,
  fiscalYearStartMonth: number,
): KpiRecord[] {
  const col = (role: string): number | null => {
    const c = columns.find((x) => x.role === role);
    return c ? columnStart + c.index : null;
  };
  const name = col('kpi') ?? col('account') ?? col('label');
  const months = columns
    .filter((c) => c.role === 'month' && c.period)
    .map((c) => ({ column: columnStart + c.index, period: c.period ?? '' }));
  const period = col('period');
  const value = col('amount') ?? col('value');
  const cells = new TableCells(grid, sink);
  const byName = new Map<string, MutableKpi>();
  const out: MutableKpi[] = [];
  let heading: string | null = null;
  /**
   * A total or footnote row under the KPIs: "Total" or "Grand total" always; "Total weighted score", "Average" or a
   * footnote only when the row gives the KPI nothing of its own (no target, direction, unit or owner), so a KPI named
   * "Total cost per delivery" or "Average order value" is still a KPI.
   */
  const summaryRow = (label: string, r: number): Pick<ExcludedRow, 'reason' | 'detail'> | null => {
    const kind = summaryKind(label);
    const own = ['target', 'targetLow', 'targetHigh', 'direction', 'unit', 'owner'].some(
      (role) => !isBlank(cellAt(grid, r, col(role) ?? -1)),
    );
    if (kind === 'total' && totalKind(label) === 'total') return { reason: 'total' };
    if (own) return null;
    if (kind !== null) return { reason: kind, detail: 'summary row of the KPI table' };
    return isFootnote(label) ? { reason: 'section', detail: 'footnote' } : null;
  };
  for (let r = from; r < to; r++) {
    const sheet = grid.sheet;
    const kpiName = cells.text(r, name);
    if (isBlankRow(grid, r)) {
      sink.excludedRows.push({ sheet, row: excelRow(grid, r), reason: 'blank' });
      continue;
    }
    const others = columns.some(
      (c) => columnStart + c.index !== name && !isBlank(cellAt(grid, r, columnStart + c.index)),
    );
    const summary = kpiName === null ? null : summaryRow(kpiName, r);
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
      const low = cells.number(r, col('targetLow'), `the lower target of ${kpiName}`);
      const high = cells.number(r, col('targetHigh'), `the upper target of ${kpiName}`);
      const directionText = cells.text(r, col('direction'));
      let direction: KpiDirection | null = directionText === null ? null : parseDirection(directionText);
      if (direction === null) {
        direction = low !== null && high !== null ? 'range' : directionFromName(kpiName);
        const cell = cells.address(r, col('direction') ?? name ?? 0);
        sink.diagnostics.push({
          severity: directionText === null ? 'info' : 'warning',
          sheet,
          cell,
          code: 'kpi-direction',
          message: `${kpiName}: ${directionText === null ? 'no direction given' : `direction "${directionText}" not understood`}; read as ${direction === 'higher' ? 'higher is better' : direction === 'lower' ? 'lower is better' : 'within a range'}.`,
        });
      }
      const single = period === null ? cells.number(r, col('target'), `the target of ${kpiName}`) : null;
      const target = direction === 'range' && low !== null && high !== null ? (low + high) / 2 : single;
      record = {
        name: kpiName,
        owner: cells.text(r, col('owner')),
        unit: cells.text(r, col('unit')),
        direction,
        target,
        targetLow: low,
        targetHigh: high,
        targets: [],
        thresholds: thresholds(cells, r, col('green'), col('amber'), kpiName),
        perspective: cells.text(r, col('perspective')) ?? cells.text(r, col('category')) ?? heading,
        weight: cells.number(r, col('weight'), `the weight of ${kpiName}`),
        values: [],
        source: { sheet, cell: cells.address(r, name ?? columnStart) },
      };
      byName.set(kpiName.toLowerCase(), record);
      out.push(record);
    }
    for (const m of months) {
      const v = cells.number(r, m.column, `the ${shortPeriodLabel(m.period)} value of ${kpiName}`, (bad) =>
        unreadable(sink, sheet, bad, m.period, kpiName),
      );
      if (v !== null)
        record.values.push({ period: m.period, value: v, source: { sheet, cell: cells.address(r, m.column) } });
    }
    if (period !== null && value !== null)
      readLongRow(grid, r, period, value, col('target'), record, cells, sink, fiscalYearStartMonth);
  }
  cells.finish();
  return out;
}

function thresholds(
  cells: TableCells,
  row: number,
  green: number | null,
  amber: number | null,
  name: string,
): KpiThresholds | null {
  const g = cells.number(row, green, `the green threshold of ${name}`);
  const a = cells.number(row, amber, `the amber threshold of ${name}`);
  if (g === null || a === null) return null;
  // Thresholds near 1 are attainment ratios ("95%"); anything larger is a distance in the KPI's unit.
  const mode = Math.abs(g) <= 2 && Math.abs(a) <= 2 ? 'pct' : 'abs';
  return { green: g, amber: a, mode };
}

function readLongRow(
  grid: Grid,
  r: number,
  periodColumn: number,
  valueColumn: number,
  targetColumn: number | null,
  record: MutableKpi,
  cells: TableCells,
  sink: ReadSink,
  start: number,
): void {
  const raw = cellAt(grid, r, periodColumn);
  const parsed = parsePeriod(raw, formatAt(grid, r, periodColumn), {
    fiscalYearStartMonth: start,
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
  const v = cells.number(r, valueColumn, what, (bad) => unreadable(sink, grid.sheet, bad, parsed.period, record.name));
  if (v !== null)
    record.values.push({
      period: parsed.period,
      value: v,
      source: { sheet: grid.sheet, cell: cells.address(r, valueColumn) },
    });
  const t = cells.number(r, targetColumn, `the ${shortPeriodLabel(parsed.period)} target of ${record.name}`);
  if (t !== null) {
    record.targets.push({ period: parsed.period, value: t });
    if (record.target === null || record.direction !== 'range') record.target = t;
  }
}

/** Notes a KPI value that could not be read, so the KPI's figure for that month can be marked. */
function unreadable(
  sink: ReadSink,
  sheet: string,
  bad: { address: string; issue: UnreadableCell['issue']; shown: string },
  period: Period,
  name: string,
): void {
  sink.unreadable.push({
    source: { sheet, cell: bad.address },
    issue: bad.issue,
    shown: bad.shown,
    period,
    figure: { kind: 'kpi', name },
  });
}
