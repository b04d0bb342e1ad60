/**
 * What the pack says about its source beyond the analysis: the company the workbook is about, the currency its
 * amounts are in, how many tables were read (the count `ops-review inspect` shows) and revenue by month. Read from
 * the title lines above the source tables ("Northwind Logistics", "Operating budget FY2026 (US$)"), since that is
 * where finance teams write them; the currency falls back to the workbook's number formats.
 */
import type { Grid } from '../grid/Grid';
import { parseA1 } from '../grid/address';
import type { WorkbookRead } from '../read/WorkbookRead';
import type { AnalysisResult } from '../results/AnalysisResult';
import type { MonthlyTotal } from './PackOptions';
import { monthlyRevenue } from './monthlyRevenue';

/** The part of the pack options read from the workbook itself. */
export interface PackContext {
  readonly company: string | null;
  readonly currency: string | null;
  readonly sourceTables: number;
  readonly monthly: MonthlyTotal[];
}

/** Words that make a title line a table's title rather than the company's name. */
const REPORT_WORDS =
  /\b(?:budget|actuals?|forecast|plan|prior|results?|year|fy\s?\d*|kpis?|key performance|swot|objectives?|goals?|analysis|revenue|costs?|total|amounts?|p\s?&\s?l|profit|statement|review|operating|monthly|quarterly|report|indicators?|in (?:us )?dollars)\b/i;

const CURRENCY_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/\bUS\s?\$|\bUSD\b|\bUS dollars?\b/i, 'US$'],
  [/\bEUR\b|€|\beuros?\b/i, '€'],
  [/\bGBP\b|£|\bpounds? sterling\b/i, '£'],
  [/\bCHF\b/, 'CHF'],
  [/\bJPY\b|¥/, '¥'],
  [/\bINR\b|₹/, '₹'],
  [/\(\s*\$/, '$'],
];

/** Text of the rows above a table's header row on its sheet, top to bottom. */
function titleLines(grid: Grid, headerRow: number): string[] {
  const origin = parseA1(grid.address) ?? { row: 0, column: 0 };
  const lines: string[] = [];
  for (let r = 0; r < Math.min(grid.values.length, headerRow - 1 - origin.row); r += 1) {
    const text = (grid.values[r] ?? []).find((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (text !== undefined) lines.push(text.trim());
  }
  return lines;
}

/** "Northwind Logistics: key performance indicators FY2026" -> "Northwind Logistics"; null for a table title. */
function companyIn(line: string): string | null {
  const head = line.split(/:|\s[–—-]\s/)[0]?.trim() ?? '';
  if (head.length < 2 || head.length > 60 || /\d/.test(head) || REPORT_WORDS.test(head)) return null;
  return head;
}

/** The currency a title names, e.g. "(US$)" -> "US$". */
function currencyIn(line: string): string | null {
  for (const [pattern, currency] of CURRENCY_PATTERNS) if (pattern.test(line)) return currency;
  return null;
}

/** The most frequent value of `values`, the first seen on a tie; null when there is none. */
function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * The pack context of a read workbook (see the module comment). `formatted` is the currency the workbook's number
 * formats show (`detectCurrency`, which the review has already run over every cell), "" for none.
 */
export function packContext(
  read: WorkbookRead,
  grids: readonly Grid[],
  result: AnalysisResult,
  formatted: string,
): PackContext {
  const lines = read.tables.flatMap((table) => {
    const grid = grids.find((g) => g.sheet === table.sheet && g.tableName === undefined);
    return grid ? titleLines(grid, table.headerRow) : [];
  });
  const companies = lines.flatMap((line) => companyIn(line) ?? []);
  const currencies = lines.flatMap((line) => currencyIn(line) ?? []);
  return {
    company: mostCommon(companies),
    currency: mostCommon(currencies) ?? (formatted === '' ? null : formatted),
    sourceTables: read.tables.length,
    monthly: monthlyRevenue(read.facts, result.fiscalYear.periods),
  };
}
