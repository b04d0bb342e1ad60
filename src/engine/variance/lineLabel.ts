import type { VarianceLine } from '../results/AnalysisResult';

/** How a line is named in a sentence: department, then account, then further dimensions ("Marketing 6100 Travel (North)"). */
export function lineLabel(line: Pick<VarianceLine, 'account' | 'department' | 'dims'>): string {
  const head = line.department === null ? line.account : `${line.department} ${line.account}`;
  const names = Object.keys(line.dims).sort();
  return names.length === 0 ? head : `${head} (${names.map((name) => line.dims[name]).join(', ')})`;
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
