import { readFileSync } from 'node:fs';

/** One benchmark series in the format of shared/data/forecast/*.jsonl (see that folder's README). */
export interface BenchSeries {
  id: string;
  category: string;
  frequency: number;
  train: number[];
  test: number[];
}

/** Reads a JSON-lines file of series, skipping blank lines; a malformed line stops with its line number. */
export function loadSeries(file: string, limit: number): BenchSeries[] {
  const out: BenchSeries[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length && out.length < limit; i++) {
    if (lines[i].trim() === '') continue;
    const raw = JSON.parse(lines[i]) as Partial<BenchSeries>;
    if (!Array.isArray(raw.train) || !Array.isArray(raw.test) || typeof raw.frequency !== 'number') {
      throw new Error(`${file}:${i + 1}: expected an object with train, test and frequency`);
    }
    out.push({
      id: String(raw.id ?? `line ${i + 1}`),
      category: String(raw.category ?? 'ALL'),
      frequency: raw.frequency,
      train: raw.train,
      test: raw.test,
    });
  }
  return out;
}
