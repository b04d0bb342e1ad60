import type { Grid } from '../grid/Grid';
import type { DetectedTable, FiscalYear, WorkbookRead } from './WorkbookRead';
import { excelRow, isBlank } from './cells/cells';
import type { ReadContext } from './ReadContext';
import type { ReadSink } from './ReadSink';
import { newReadSink } from './ReadSink';
import { DEFAULT_CODE_TYPES } from './ReadContext';
import type { FinanceFact, KpiRecord, ObjectiveRecord, Period, SwotRecord } from './datasets';
import { mergeDuplicates } from './finance/duplicates';
import { findTables } from './tables/findTables';
import type { TableRegion } from './tables/findTables';
import { fiscalLabelYear, makeFiscalYear } from '../period/fiscalYear';
import { inferFiscalYear } from './periods/inferFiscalYear';
import { yearHint } from './periods/yearHint';
import { gridsToRead, titlesAbove } from './tables/gridsToRead';
import { inferFiscalStart } from './periods/inferFiscalStart';
import type { Mapping, TableMapping } from './mapping';
import { parseMapping } from './mapping';
import { readRegion } from './tables/readRegion';
import { normalizeText } from './cells/text';
import { shortPeriodLabel } from '../period/periodLabel';

/** Options of {@link readWorkbook}. */
export interface ReadOptions {
  /** A saved Mapping (unvalidated): validated with MappingSchema; when invalid a diagnostic says so and detection runs. */
  mapping?: unknown;
  /** Month the fiscal year starts, 1 = January. @default inferred from the month headers, else 1 */
  fiscalYearStartMonth?: number;
  /** What to do with two amounts for the same line and month. @default 'sum' */
  duplicates?: 'sum' | 'reject';
  /**
   * Ids of the tables to review (DetectedTable.id, e.g. "Budget!A4:P60", or an Excel Table name). Tables not listed
   * are still detected and shown, but their figures stay out of the review. @default every table
   */
  tables?: readonly string[];
}

/**
 * Reads every table of a workbook's grids into typed datasets: finance facts, KPIs, SWOT factors and objectives, with
 * what was detected (for the pane to show), every row left out and why, and diagnostics with their cells.
 * Never throws on workbook data.
 */
export function readWorkbook(grids: readonly Grid[], options: ReadOptions = {}): WorkbookRead {
  const sink = newReadSink();
  const mapping = resolveMapping(options.mapping, sink);
  const sheets = gridsToRead(grids);
  const { regions, context } = workbookContext(sheets, options, mapping);
  const chosen = options.tables && options.tables.length > 0 ? new Set(options.tables) : null;
  const read = readSheets({ grids, sheets, regions, context, mapping, chosen, sink });
  noteStaleMapping(mapping, read.used, sink);
  const facts = mergeDuplicates(read.facts, context.duplicates, sink);
  const start = context.fiscalYearStartMonth;
  const inferred = inferFiscalYear({ facts, kpis: read.kpis }, start);
  // Without dated figures there is no fiscal year to report: the placeholder is the hint or the first year of the
  // analysis engine's range, and `fiscalYearKnown` says it is one.
  const fiscalYear = inferred ?? makeFiscalYear(context.fiscalYearHint ?? 2000, start);
  for (const ledger of read.ledgers) noteOutsideFiscalYear(ledger.table, ledger.facts, fiscalYear, sink);
  if (inferred === null) {
    sink.diagnostics.push({
      severity: 'warning',
      sheet: '',
      cell: null,
      code: 'no-periods',
      message:
        'No budget, actual or KPI figures by month were found, so the fiscal year could not be told from the data.',
    });
  }
  return {
    tables: read.tables,
    facts,
    kpis: read.kpis,
    swot: read.swot,
    objectives: read.objectives,
    excludedRows: sink.excludedRows,
    diagnostics: sink.diagnostics,
    fiscalYear,
    fiscalYearKnown: inferred !== null,
    unreadable: sink.unreadable,
    lastActualPeriod: lastActual(facts, fiscalYear),
  };
}

/**
 * The tables of every sheet and the settings every reader shares: the fiscal start month (given, saved or shown by a
 * header that runs a full year), the year month names without a year belong to, duplicates and account types.
 */
function workbookContext(
  sheets: readonly Grid[],
  options: ReadOptions,
  mapping: Mapping | null,
): { regions: TableRegion[][]; context: ReadContext } {
  const optionStart = validMonth(options.fiscalYearStartMonth) ?? mapping?.fiscalYearStartMonth ?? null;
  const firstPass = sheets.map((grid) => findTables(grid, 1));
  const start = optionStart ?? inferFiscalStart(firstPass.flat());
  const regions = start === 1 ? firstPass : sheets.map((grid) => findTables(grid, start));
  const context: ReadContext = {
    fiscalYearStartMonth: start,
    fiscalYearHint: yearFromHeaders(regions.flat(), start) ?? yearFromNames(sheets, regions.flat()),
    duplicates: options.duplicates ?? mapping?.duplicates ?? 'sum',
    codeTypes: mapping?.codeTypes ?? DEFAULT_CODE_TYPES,
    typeOverrides: new Map(
      Object.entries(mapping?.accountTypes ?? {}).map(([account, type]) => [normalizeText(account), type]),
    ),
  };
  return { regions, context };
}

/** What {@link readSheets} needs: the grids as given and as read, their tables, and what the user chose. */
interface SheetsOptions {
  readonly grids: readonly Grid[];
  readonly sheets: readonly Grid[];
  readonly regions: readonly (readonly TableRegion[])[];
  readonly context: ReadContext;
  readonly mapping: Mapping | null;
  /** Ids or Excel Table names of the tables to review; null: every table. */
  readonly chosen: ReadonlySet<string> | null;
  readonly sink: ReadSink;
}

/** The records of every table, sheet by sheet, and the tables as detected, chosen or not. */
interface SheetsRead {
  readonly tables: DetectedTable[];
  readonly facts: FinanceFact[];
  readonly kpis: KpiRecord[];
  readonly swot: SwotRecord[];
  readonly objectives: ObjectiveRecord[];
  /** Mapping entries that found their table. */
  readonly used: Set<TableMapping>;
  /** Chosen ledgers (long finance tables), for the note on postings outside the fiscal year. */
  readonly ledgers: { table: DetectedTable; facts: readonly FinanceFact[] }[];
}

function readSheets(options: SheetsOptions): SheetsRead {
  const { grids, sheets, regions, context, mapping, chosen, sink } = options;
  const out: SheetsRead = { tables: [], facts: [], kpis: [], swot: [], objectives: [], used: new Set(), ledgers: [] };
  sheets.forEach((grid, g) => {
    if (
      regions[g].length === 0 &&
      // A sheet holding an Excel Table keeps only its titles in the sheet grid: the Table itself is read.
      !sheets.some((t) => t.tableName !== undefined && t.sheet === grid.sheet) &&
      grid.tableName === undefined &&
      grid.values.some((row) => row.some((v) => !isBlank(v)))
    ) {
      sink.diagnostics.push({
        severity: 'info',
        sheet: grid.sheet,
        cell: null,
        code: 'sheet-not-used',
        message: `Nothing on "${grid.sheet}" was read: it has no table, that is no row naming its columns or months (such as "Account | Jan 2026 | Feb 2026") above rows of figures.`,
      });
    }
    const above = grid.tableName === undefined ? [] : titlesAbove(grid, grids);
    for (const found of regions[g]) {
      const region = above.length > 0 ? { ...found, titles: [...above, ...found.titles] } : found;
      const mapped = findMapped(mapping, grid, region);
      if (mapped) out.used.add(mapped);
      const read = readRegion({ grid, region, context, sink, mapped });
      out.tables.push(read.table);
      if (chosen && !chosen.has(read.table.id) && !(read.table.tableName && chosen.has(read.table.tableName))) {
        sink.diagnostics.push({
          severity: 'info',
          sheet: read.table.sheet,
          cell: null,
          code: 'table-not-chosen',
          message: `The table at ${read.table.range} on "${read.table.sheet}" is left out of this review: it is not among the tables chosen in the settings.`,
        });
        continue;
      }
      if (read.table.layout === 'long' && read.table.role === 'finance') out.ledgers.push(read);
      // A loop, not push(...facts): spreading tens of thousands of arguments is slow and can overflow the stack.
      for (const fact of read.facts) out.facts.push(fact);
      out.kpis.push(...read.kpis);
      out.swot.push(...read.swot);
      out.objectives.push(...read.objectives);
    }
  });
  return out;
}

/** One warning per saved table that was not found again: detection read it instead. */
function noteStaleMapping(mapping: Mapping | null, used: ReadonlySet<TableMapping>, sink: ReadSink): void {
  for (const t of mapping?.tables ?? []) {
    if (!used.has(t)) {
      sink.diagnostics.push({
        severity: 'warning',
        sheet: t.sheet,
        cell: null,
        code: 'mapping-stale',
        message: `The saved mapping describes a table on "${t.sheet}" with its header on row ${t.headerRow}, which is no longer there; that table was detected again.`,
      });
    }
  }
}

/** The one note for a ledger whose postings run past the fiscal year: those months stay out of its YTD and full year. */
function noteOutsideFiscalYear(
  table: DetectedTable,
  facts: readonly FinanceFact[],
  fiscalYear: FiscalYear,
  sink: ReadSink,
): void {
  const first = fiscalYear.periods[0];
  const last = fiscalYear.periods[fiscalYear.periods.length - 1];
  const outside = new Set<Period>();
  let amounts = 0;
  for (const f of facts) {
    if (f.scenario === 'priorYear' || (f.period >= first && f.period <= last)) continue;
    outside.add(f.period);
    amounts++;
  }
  if (amounts === 0) return;
  const months = [...outside].sort();
  const span =
    months.length === 1
      ? shortPeriodLabel(months[0])
      : `${shortPeriodLabel(months[0])} to ${shortPeriodLabel(months[months.length - 1])}`;
  sink.diagnostics.push({
    severity: 'info',
    sheet: table.sheet,
    cell: null,
    code: 'outside-fiscal-year',
    message: `"${table.sheet}" has postings dated ${span}, outside ${fiscalYear.label} (${shortPeriodLabel(first)} to ${shortPeriodLabel(last)}); they are kept out of ${fiscalYear.label}'s month, YTD and full-year figures.`,
  });
}

function validMonth(month: number | undefined): number | null {
  return month !== undefined && Number.isInteger(month) && month >= 1 && month <= 12 ? month : null;
}

function resolveMapping(input: unknown, sink: ReadSink): Mapping | null {
  if (input === undefined || input === null) return null;
  const parsed = parseMapping(input);
  if (parsed.ok) return parsed.mapping;
  sink.diagnostics.push({
    severity: 'warning',
    sheet: '',
    cell: null,
    code: 'mapping-invalid',
    message: `${parsed.message} The tables were detected again; confirm them in the pane to save a new mapping.`,
  });
  return null;
}

function findMapped(mapping: Mapping | null, grid: Grid, region: TableRegion): TableMapping | null {
  if (!mapping) return null;
  const row = excelRow(grid, region.headerRow);
  return (
    mapping.tables.find(
      (t) =>
        (grid.tableName !== undefined && t.id === grid.tableName) || (t.sheet === grid.sheet && t.headerRow === row),
    ) ?? null
  );
}

/** The fiscal year most month headers with a written year fall in. */
function yearFromHeaders(regions: readonly TableRegion[], start: number): number | null {
  const counts = new Map<number, number>();
  for (const region of regions) {
    for (const cell of region.profile.cells) {
      if (cell.period?.kind !== 'month') continue;
      const year = fiscalLabelYear(cell.period.period, start);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = year;
  return best;
}

function yearFromNames(grids: readonly Grid[], regions: readonly TableRegion[]): number | null {
  for (const text of [...regions.flatMap((r) => r.titles), ...grids.map((g) => g.sheet)]) {
    const year = yearHint(text);
    if (year !== null) return year;
  }
  return null;
}

/**
 * The last month with actuals, inside the fiscal year when it has any: a ledger's postings dated after the year
 * (early accruals, next year's opening entries) must not move the review out of the year the workbook is about.
 */
function lastActual(facts: readonly FinanceFact[], fiscalYear: FiscalYear): Period | null {
  const first = fiscalYear.periods[0];
  const end = fiscalYear.periods[fiscalYear.periods.length - 1];
  let last: Period | null = null;
  let inYear: Period | null = null;
  for (const f of facts) {
    if (f.scenario !== 'actual') continue;
    if (last === null || f.period > last) last = f.period;
    if (f.period >= first && f.period <= end && (inYear === null || f.period > inYear)) inYear = f.period;
  }
  return inYear ?? last;
}
