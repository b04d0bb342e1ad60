import type { BenchRow } from './BenchRow';

/**
 * `npm run bench`: runs every benchmark suite and prints one table. Each suite is a module exporting
 * `run(): Promise<BenchRow[]>`; a suite that fails prints its error as a row and the others still run.
 * `npm run bench -- variance pack` runs only the named suites. The forecast accuracy benchmark, which takes
 * minutes, is `npm run bench:forecast`.
 */
const suites: Record<string, () => Promise<{ run: () => Promise<BenchRow[]> }>> = {
  variance: () => import('./variance'),
  pack: () => import('./pack'),
  officePack: () => import('./officePack'),
  pane: () => import('./pane'),
  functions: () => import('./functions'),
  scale: () => import('./scale'),
  scaleTable: () => import('./scaleTable'),
  keepParts: () => import('./keepParts'),
};

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3);
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const names = wanted.length > 0 ? wanted : Object.keys(suites);
  console.log(`${pad('suite', 12)} ${pad('figure', 58)} ${pad('value', 12)} unit`);
  console.log('-'.repeat(100));
  for (const name of names) {
    const load = suites[name];
    if (!load) {
      console.log(`${pad(name, 12)} unknown suite (known: ${Object.keys(suites).join(', ')})`);
      continue;
    }
    try {
      const rows = await (await load()).run();
      for (const row of rows) {
        const note = row.note ? `  (${row.note})` : '';
        console.log(`${pad(name, 12)} ${pad(row.name, 58)} ${pad(formatValue(row.value), 12)} ${row.unit}${note}`);
      }
    } catch (error) {
      console.log(`${pad(name, 12)} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

void main();
