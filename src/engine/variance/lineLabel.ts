import type { VarianceLine } from '../results/AnalysisResult';

/**
 * How a line is named in a sentence: the account, then "in" its department and further dimensions ("6100 Travel in
 * Marketing, North"), so the department never reads as part of the account's name ("Road Freight Fuel surcharge").
 */
export function lineLabel(line: Pick<VarianceLine, 'account' | 'department' | 'dims'>): string {
  const names = Object.keys(line.dims);
  // Most lines have no further dimensions; named without building lists (a 5,000-line workbook names them all).
  if (names.length === 0) return line.department === null ? line.account : `${line.account} in ${line.department}`;
  names.sort();
  const extras = [...(line.department === null ? [] : [line.department]), ...names.map((name) => line.dims[name])];
  return extras.length === 0 ? line.account : `${line.account} in ${extras.join(', ')}`;
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
