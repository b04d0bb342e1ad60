import type { Grid } from '../../grid/Grid';
import type { ColumnRole, DetectedTable, TableRole } from '../WorkbookRead';
import { excelRow, addressAt, isBlankRow } from '../cells/cells';
import { readColumnRoles } from '../headers/columnRoles';
import type { ReadContext, ReadSink } from '../context';
import type { FinanceFact, KpiRecord, ObjectiveRecord, Period, Scenario, SwotRecord } from '../datasets';
import { detectRole, swotCategoryColumn } from './detectRole';
import { financeColumns } from '../finance/financeColumns';
import { leftOutColumns } from '../finance/leftOutColumns';
import { ledgerColumns } from '../finance/ledgerColumns';
import type { TableRegion } from './findTables';
import { yearHint } from '../periods/inferFiscalYear';
import { scenarioIn } from '../headers/headerKeywords';
import type { TableMapping } from '../mapping';
import { normaliseTableFacts } from '../finance/normaliseFacts';
import { readFinanceTable } from '../finance/readFinanceTable';
import { readKpiTable } from '../kpi/readKpiTable';
import { readObjectivesTable } from '../objectives/readObjectivesTable';
import { readSwotTable } from '../swot/readSwotTable';

/** What one table gave. */
export interface RegionRead {
  readonly table: DetectedTable;
  readonly facts: FinanceFact[];
  readonly kpis: KpiRecord[];
  readonly swot: SwotRecord[];
  readonly objectives: ObjectiveRecord[];
}

/**
 * Reads one table of a grid: understands its columns and role (or takes them from the user's confirmed mapping),
 * then hands its rows to the reader for that role. Title and band rows above the header are listed as header rows.
 */
export function readRegion(
  grid: Grid,
  region: TableRegion,
  context: ReadContext,
  sink: ReadSink,
  mapped: TableMapping | null,
): RegionRead {
  const hints = [grid.sheet, ...(grid.tableName ? [grid.tableName] : []), ...region.titles];
  const tableScenario =
    mapped?.scenario ?? scenarioOf([grid.tableName ?? '', ...[...region.titles].reverse(), grid.sheet]);
  const yearContext: ReadContext =
    tableScenario === 'priorYear' && context.fiscalYearHint !== null && !region.titles.some((t) => yearHint(t) !== null)
      ? { ...context, fiscalYearHint: context.fiscalYearHint - 1 }
      : context;
  const detected = readColumnRoles(grid, region, yearContext, [grid.sheet, grid.tableName ?? '']);
  const columns: ColumnRole[] = mapped?.columns
    ? mapped.columns
        .filter((c) => c.index < region.columnEnd - region.columnStart)
        .map((c) => ({ ...c, header: detected.columns[c.index]?.header ?? '' }))
    : ledgerColumns(grid, region, detected.columns);
  const guess = mapped
    ? { role: mapped.role, confidence: 1, reason: 'As confirmed by the user.' }
    : detectRole(grid, region, columns, hints);
  for (const row of region.titleRows) {
    if (!isBlankRow(grid, row))
      sink.excludedRows.push({
        sheet: grid.sheet,
        row: excelRow(grid, row),
        reason: 'header',
        detail: row === region.bandRow ? 'scenario row' : 'title',
      });
  }
  if (detected.missingYear && !mapped) {
    sink.diagnostics.push({
      severity: 'warning',
      sheet: grid.sheet,
      cell: addressAt(grid, region.headerRow, region.columnStart),
      code: 'no-year',
      message: `The month headers on row ${excelRow(grid, region.headerRow)} have no year and none was found in the title or sheet name; write the year in the title (e.g. "Budget FY2026") or in the headers.`,
    });
  }
  if (region.profile.dateOrder !== null && columns.some((c) => c.role === 'month')) {
    sink.diagnostics.push({
      severity: 'info',
      sheet: grid.sheet,
      cell: addressAt(grid, region.headerRow, region.columnStart),
      code: 'date-order',
      message: `The month headers on row ${excelRow(grid, region.headerRow)} are dates typed as text; they were ${region.profile.dateOrder.reason}.`,
    });
  }
  const out = {
    facts: [] as FinanceFact[],
    kpis: [] as KpiRecord[],
    swot: [] as SwotRecord[],
    objectives: [] as ObjectiveRecord[],
  };
  let layout: DetectedTable['layout'] = null;
  let scenarios: Scenario[] = [];
  let periods: Period[] = columns.filter((c) => c.role === 'month' && c.period).map((c) => c.period ?? '');
  let rowsRead = 0;
  const { dataStart, dataEnd, columnStart } = region;
  const role: TableRole = guess.role;
  if (role === 'finance') {
    const fc = financeColumns(columns, columnStart);
    const year = region.titles.map(yearHint).find((y) => y !== null) ?? yearContext.fiscalYearHint;
    if (fc.months.length > 0 && tableScenario === null && fc.months.some((m) => m.scenario === null)) {
      sink.diagnostics.push({
        severity: 'warning',
        sheet: grid.sheet,
        cell: null,
        code: 'no-scenario',
        message: `Neither the sheet name, the title nor the headers of the table at row ${excelRow(grid, region.headerRow)} say whether it is budget, actual, forecast or prior year; it was read as budget.`,
      });
    }
    const result = readFinanceTable(
      { grid, dataStart, dataEnd, columns: fc, scenario: tableScenario, year },
      context,
      sink,
    );
    out.facts = normaliseTableFacts(result.facts, grid.sheet, sink.diagnostics);
    layout = result.layout;
    scenarios = result.scenarios;
    periods = result.periods;
    rowsRead = result.rowsRead;
  } else if (role === 'kpi') {
    out.kpis = readKpiTable(grid, dataStart, dataEnd, columns, columnStart, sink, context.fiscalYearStartMonth);
    layout = columns.some((c) => c.role === 'period') ? 'long' : 'wide';
    rowsRead = out.kpis.length;
  } else if (role === 'swot') {
    out.swot = readSwotTable(
      grid,
      dataStart,
      dataEnd,
      columns,
      columnStart,
      swotCategoryColumn(grid, region, columns),
      sink,
    );
    rowsRead = out.swot.length;
  } else if (role === 'objectives') {
    out.objectives = readObjectivesTable(grid, dataStart, dataEnd, columns, columnStart, sink);
    rowsRead = out.objectives.length;
  }
  if (role === 'unknown' && dataEnd > dataStart) {
    const why = guess.reason.replace(/^Not used: /, '').replace(/\.$/, '');
    sink.diagnostics.push({
      severity: 'info',
      sheet: grid.sheet,
      cell: addressAt(grid, region.headerRow, columnStart),
      code: 'table-not-recognised',
      message: `The table with its header on row ${excelRow(grid, region.headerRow)} is not used: ${why.charAt(0).toLowerCase()}${why.slice(1)}. Set its role in the pane if it holds data for the review.`,
    });
  }
  let shown = columns;
  if (role === 'finance' && !mapped) {
    const explained = leftOutColumns(grid, region, columns);
    shown = explained.columns;
    if (explained.note) sink.diagnostics.push(explained.note);
  }
  const range = `${addressAt(grid, region.headerRow, columnStart)}:${addressAt(grid, Math.max(dataEnd - 1, region.headerRow), region.columnEnd - 1)}`;
  const table: DetectedTable = {
    id: grid.tableName ?? `${grid.sheet}!${range}`,
    sheet: grid.sheet,
    range,
    tableName: grid.tableName ?? null,
    role,
    layout,
    scenarios,
    confidence: guess.confidence,
    reason: guess.reason,
    headerRow: excelRow(grid, region.headerRow),
    columns: shown,
    periods: [...new Set(periods)].sort(),
    rowsRead,
  };
  return { table, ...out };
}

/** The scenario the first of these texts names: the table name, the titles nearest the header first, the sheet name. */
function scenarioOf(texts: readonly string[]): Scenario | null {
  for (const text of texts) {
    const scenario = scenarioIn(text);
    if (scenario) return scenario;
  }
  return null;
}
