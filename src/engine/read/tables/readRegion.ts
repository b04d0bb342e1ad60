import type { Grid } from '../../grid/Grid';
import type { ColumnRole, DetectedTable, TableRole } from '../WorkbookRead';
import { excelRow, addressAt, isBlankRow } from '../cells/cells';
import { readColumnRoles } from '../headers/columnRoles';
import type { ReadContext } from '../ReadContext';
import type { ReadSink } from '../ReadSink';
import type { FinanceFact, KpiRecord, ObjectiveRecord, Period, Scenario, SwotRecord } from '../datasets';
import { detectRole, swotCategoryColumn } from './detectRole';
import { financeColumns } from '../finance/financeColumns';
import { leftOutColumns } from '../finance/leftOutColumns';
import { ledgerColumns } from '../finance/ledgerColumns';
import type { TableRegion } from './findTables';
import { yearHint } from '../periods/yearHint';
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

/** Options of {@link readRegion}. */
export interface RegionOptions {
  readonly grid: Grid;
  readonly region: TableRegion;
  readonly context: ReadContext;
  readonly sink: ReadSink;
  /** The user's confirmed mapping of this table, or null to detect its role and columns. */
  readonly mapped: TableMapping | null;
}

/** The records a table's rows gave, and what the pane shows about them. */
interface RowsRead {
  readonly facts: FinanceFact[];
  readonly kpis: KpiRecord[];
  readonly swot: SwotRecord[];
  readonly objectives: ObjectiveRecord[];
  readonly layout: DetectedTable['layout'];
  readonly scenarios: Scenario[];
  readonly periods: Period[];
  readonly rowsRead: number;
}

/**
 * Reads one table of a grid: understands its columns and role (or takes them from the user's confirmed mapping),
 * then hands its rows to the reader for that role. Title and band rows above the header are listed as header rows.
 */
export function readRegion(options: RegionOptions): RegionRead {
  const { grid, region, context, sink, mapped } = options;
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
  noteHeaderRows(options, columns, detected.missingYear && !mapped);
  const role: TableRole = guess.role;
  const rows =
    role === 'finance'
      ? readFinanceRows(options, columns, tableScenario, yearContext)
      : readOtherRows(options, role, columns);
  if (role === 'unknown' && region.dataEnd > region.dataStart) {
    const why = guess.reason.replace(/^Not used: /, '').replace(/\.$/, '');
    sink.diagnostics.push({
      severity: 'info',
      sheet: grid.sheet,
      cell: addressAt(grid, region.headerRow, region.columnStart),
      code: 'table-not-recognised',
      message: `The table with its header on row ${excelRow(grid, region.headerRow)} is not used: ${why.charAt(0).toLowerCase()}${why.slice(1)}. Set its role in the pane if it holds data for the review.`,
    });
  }
  const shown = role === 'finance' && !mapped ? leftOutColumns(grid, region, columns, sink) : columns;
  const range = `${addressAt(grid, region.headerRow, region.columnStart)}:${addressAt(grid, Math.max(region.dataEnd - 1, region.headerRow), region.columnEnd - 1)}`;
  const table: DetectedTable = {
    id: grid.tableName ?? `${grid.sheet}!${range}`,
    sheet: grid.sheet,
    range,
    tableName: grid.tableName ?? null,
    role,
    layout: rows.layout,
    scenarios: rows.scenarios,
    confidence: guess.confidence,
    reason: guess.reason,
    headerRow: excelRow(grid, region.headerRow),
    columns: shown,
    periods: [...new Set(rows.periods)].sort(),
    rowsRead: rows.rowsRead,
  };
  return { table, facts: rows.facts, kpis: rows.kpis, swot: rows.swot, objectives: rows.objectives };
}

/** Title and band rows above the header left out as header rows; month headers without a year or typed as text. */
function noteHeaderRows(options: RegionOptions, columns: readonly ColumnRole[], missingYear: boolean): void {
  const { grid, region, sink } = options;
  for (const row of region.titleRows) {
    if (!isBlankRow(grid, row))
      sink.excludedRows.push({
        sheet: grid.sheet,
        row: excelRow(grid, row),
        reason: 'header',
        detail: row === region.bandRow ? 'scenario row' : 'title',
      });
  }
  if (missingYear) {
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
}

/** A finance table's facts, its conventions brought to the analyses' (signs, months not reported yet). */
function readFinanceRows(
  options: RegionOptions,
  columns: readonly ColumnRole[],
  tableScenario: Scenario | null,
  yearContext: ReadContext,
): RowsRead {
  const { grid, region, context, sink } = options;
  const fc = financeColumns(columns, region.columnStart);
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
  const { dataStart, dataEnd } = region;
  const result = readFinanceTable({
    grid,
    dataStart,
    dataEnd,
    columns: fc,
    scenario: tableScenario,
    year,
    context,
    sink,
  });
  return {
    facts: normaliseTableFacts(result.facts, grid.sheet, sink),
    kpis: [],
    swot: [],
    objectives: [],
    layout: result.layout,
    scenarios: result.scenarios,
    periods: result.periods,
    rowsRead: result.rowsRead,
  };
}

/** The records of a KPI, SWOT or objectives table; none for a table whose role is unknown. */
function readOtherRows(options: RegionOptions, role: TableRole, columns: readonly ColumnRole[]): RowsRead {
  const { grid, region, context, sink } = options;
  const table = {
    grid,
    dataStart: region.dataStart,
    dataEnd: region.dataEnd,
    columns,
    columnStart: region.columnStart,
    sink,
  };
  const rows: RowsRead = {
    facts: [],
    kpis: [],
    swot: [],
    objectives: [],
    layout: null,
    scenarios: [],
    periods: columns.filter((c) => c.role === 'month' && c.period).map((c) => c.period ?? ''),
    rowsRead: 0,
  };
  if (role === 'kpi') {
    const kpis = readKpiTable({ ...table, fiscalYearStartMonth: context.fiscalYearStartMonth });
    return { ...rows, kpis, layout: columns.some((c) => c.role === 'period') ? 'long' : 'wide', rowsRead: kpis.length };
  }
  if (role === 'swot') {
    const swot = readSwotTable({ ...table, categoryIndex: swotCategoryColumn(grid, region, columns) });
    return { ...rows, swot, rowsRead: swot.length };
  }
  if (role === 'objectives') {
    const objectives = readObjectivesTable(table);
    return { ...rows, objectives, rowsRead: objectives.length };
  }
  return rows;
}

/** The scenario the first of these texts names: the table name, the titles nearest the header first, the sheet name. */
function scenarioOf(texts: readonly string[]): Scenario | null {
  for (const text of texts) {
    const scenario = scenarioIn(text);
    if (scenario) return scenario;
  }
  return null;
}
