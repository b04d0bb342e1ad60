import type { Grid } from '../../grid/Grid';
import type { ColumnRole } from '../WorkbookRead';
import { cellAt, cellText, isBlank } from '../cells/cells';
import type { TableRegion } from '../tables/findTables';
import { headerRole, scenarioIn } from '../headers/headerKeywords';

/** Roles a long table's text column may have that would make it part of the line key. */
const KEY_ROLES = new Set(['account', 'label', 'dimension']);

/**
 * Columns of a long finance table (a ledger) that describe postings rather than lines, turned into "memo": a text
 * column not headed as a known dimension, with at least ten and twice as many different values as the account column
 * (a description or reference written per
 * posting: as a line key it would make every posting its own line, so budget and actual never meet), and a "Source"
 * or "Version" column that does not hold scenario names (a ledger's AP/AR/GJ source codes).
 */
export function ledgerColumns(grid: Grid, region: TableRegion, given: readonly ColumnRole[]): ColumnRole[] {
  const columns = codeColumns(grid, region, given);
  const isLong = columns.some((c) => c.role === 'period') && !columns.some((c) => c.role === 'month');
  if (!isLong) return columns;
  const account = columns.find((c) => c.role === 'account') ?? columns.find((c) => c.role === 'accountCode');
  const accounts = account ? distinctValues(grid, region, account.index) : null;
  return columns.map((column) => {
    // "Reference" names a seasonal reference in an objectives table; in a ledger it is the journal or document number.
    if (column.role === 'reference') return { ...column, role: 'memo', reason: 'a posting reference' };
    // A column headed with a known dimension (Project, Region) stays one however many values it has.
    const named = headerRole(column.header) === 'dimension';
    if (account && column !== account && KEY_ROLES.has(column.role) && !named && accounts !== null) {
      const values = distinctValues(grid, region, column.index);
      if (values.distinct >= 10 && values.distinct >= 2 * accounts.distinct) {
        return {
          ...column,
          role: 'memo',
          reason: `${values.distinct} different values for ${accounts.distinct} accounts: it describes postings, so it is not part of a line`,
        };
      }
    }
    if (column.role === 'scenario') {
      const values = distinctValues(grid, region, column.index, (text) => scenarioIn(text) !== null);
      if (values.seen > 0 && values.matching * 2 < values.seen) {
        return { ...column, role: 'memo', reason: 'its values are not Budget, Actual, Forecast or Prior year' };
      }
    }
    return column;
  });
}

function distinctValues(
  grid: Grid,
  region: TableRegion,
  index: number,
  matches: (text: string) => boolean = () => false,
): { distinct: number; seen: number; matching: number } {
  const values = new Set<string>();
  let seen = 0;
  let matching = 0;
  const column = region.columnStart + index;
  for (let r = region.dataStart; r < region.dataEnd; r++) {
    const value = cellAt(grid, r, column);
    if (isBlank(value)) continue;
    const text = cellText(value);
    seen++;
    if (matches(text)) matching++;
    values.add(text.toLowerCase());
  }
  return { distinct: values.size, seen, matching };
}

/**
 * Of two account columns ("Account" holding 4000, 5100... beside "Account name"), the one holding codes is the code
 * column, so the name is the line's label and not a second key.
 */
function codeColumns(grid: Grid, region: TableRegion, columns: readonly ColumnRole[]): ColumnRole[] {
  const accounts = columns.filter((c) => c.role === 'account');
  if (accounts.length < 2 || columns.some((c) => c.role === 'accountCode')) return [...columns];
  const codes = accounts.find(
    (c) =>
      distinctValues(grid, region, c.index, (text) => CODE.test(text)).matching * 5 >=
      4 * rowsWithValue(grid, region, c.index),
  );
  if (codes === undefined) return [...columns];
  return columns.map((c) => (c === codes ? { ...c, role: 'accountCode', reason: 'it holds account codes' } : c));
}

const CODE = /^\d{3,8}(?:[-.]\d{1,4})?$/;

function rowsWithValue(grid: Grid, region: TableRegion, index: number): number {
  return Math.max(1, distinctValues(grid, region, index).seen);
}
