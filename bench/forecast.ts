// Forecast benchmark: `tsx bench/forecast.ts --data FILE.jsonl [--limit N] [--no-quarterly] [--arima]`.
// Forecasts each series from `train` alone and scores against `test` (sMAPE and MASE as in the data README), with
// the share of test points inside the 80 % and 95 % intervals. Monthly files are also run as quarterly stand-ins
// (bench/quarterlyStandIns.ts) in the same run. Prints a table by category and method, our figures beside the
// anchors, and ends with one JSON line for the auto method (the quarterly stand-ins nested under "quarterly").
// Time is our methods' own: the CPU time of the forecast call alone (nothing else runs in the process meanwhile;
// the optional `arima` peer runs afterwards), beside its wall time, which on a shared machine also counts other
// processes' turns.
import { basename, resolve } from 'node:path';
import { mase, maseScale, smape } from '../src/engine/forecast/accuracy';
import { forecast } from '../src/engine/forecast';
import type { ForecastOptions, ForecastOutput } from '../src/engine/forecast';
import { ArimaPeer } from './arimaPeer';
import { anchorsFor } from './forecastAnchors';
import { loadSeries, type BenchSeries } from './loadSeries';
import { quarterlyStandIns } from './quarterlyStandIns';

type Method = NonNullable<ForecastOptions['method']>;
const methods: Method[] = ['auto', 'ets', 'dotm', 'ces', 'theta', 'snaive'];

interface Score {
  smape: number;
  mase: number;
  /** Test points inside the 80 % and 95 % intervals (our methods only). */
  in80: number;
  in95: number;
  points: number;
  ms: number;
  cpuMs: number;
  n: number;
  failed: number;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A forecast that failed is scored as the last value repeated, so every method is scored on every series. */
function lastValue(train: number[], h: number): number[] {
  return new Array<number>(h).fill(train[train.length - 1]);
}

const empty = (): Score => ({ smape: 0, mase: 0, in80: 0, in95: 0, points: 0, ms: 0, cpuMs: 0, n: 0, failed: 0 });

function add(table: Map<string, Score>, keys: string[], part: Omit<Score, 'n' | 'failed'>, failed: boolean): void {
  for (const key of keys) {
    const row = table.get(key) ?? empty();
    row.smape += part.smape;
    row.mase += part.mase;
    row.in80 += part.in80;
    row.in95 += part.in95;
    row.points += part.points;
    row.ms += part.ms;
    row.cpuMs += part.cpuMs;
    row.n += 1;
    row.failed += failed ? 1 : 0;
    table.set(key, row);
  }
}

/** Points of `test` inside the forecast's 80 % and 95 % intervals. */
function covered(
  test: readonly number[],
  fc: ForecastOutput | undefined,
): { in80: number; in95: number; points: number } {
  const c = { in80: 0, in95: 0, points: fc === undefined ? 0 : test.length };
  if (fc === undefined) return c;
  test.forEach((a, i) => {
    c.in80 += a >= fc.lower80[i] && a <= fc.upper80[i] ? 1 : 0;
    c.in95 += a >= fc.lower95[i] && a <= fc.upper95[i] ? 1 : 0;
  });
  return c;
}

/** Runs our methods on every series; the table is keyed "category\tmethod" and "ALL\tmethod". */
function runOurs(series: readonly BenchSeries[]): Map<string, Score> {
  const table = new Map<string, Score>();
  for (const s of series) {
    const h = s.test.length;
    const scale = maseScale(s.train, s.frequency);
    for (const method of methods) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const fc = forecast(s.train, { period: s.frequency, h, method });
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(c0);
      const mean = fc.ok ? fc.mean : lastValue(s.train, h);
      const part = {
        smape: smape(s.test, mean),
        mase: mase(s.test, mean, scale) ?? 0,
        ...covered(s.test, fc.ok ? fc : undefined),
        ms,
        cpuMs: (cpu.user + cpu.system) / 1000,
      };
      add(table, [`${s.category}\t${method}`, `ALL\t${method}`], part, !fc.ok);
    }
  }
  return table;
}

/** The `arima` npm package on the same series, after ours, so its worker thread never runs beside our timing. */
async function runArima(series: readonly BenchSeries[], table: Map<string, Score>): Promise<void> {
  const peer = new ArimaPeer(Number(argValue('--arima-timeout') ?? 15000));
  const errors = new Map<string, number>();
  for (const s of series) {
    const r = await peer.run(s.train, s.test.length, s.frequency);
    if (!r.ok) errors.set(r.error, (errors.get(r.error) ?? 0) + 1);
    const mean = r.ok ? r.mean : lastValue(s.train, s.test.length);
    const part = {
      smape: smape(s.test, mean),
      mase: mase(s.test, mean, maseScale(s.train, s.frequency)) ?? 0,
      in80: 0,
      in95: 0,
      points: 0,
      ms: r.ok ? r.ms : 0,
      cpuMs: 0,
    };
    add(table, [`${s.category}\tarima (npm auto)`, `ALL\tarima (npm auto)`], part, !r.ok);
  }
  await peer.close();
  for (const [error, count] of errors) console.log(`arima failed on ${count} series: ${error}`);
}

const pct = (k: number, of: number): string => (of > 0 ? ((100 * k) / of).toFixed(1) : '-');

function printTable(title: string, table: Map<string, Score>): void {
  console.log(`\n${title}`);
  console.log(
    ['category', 'method', 'series', 'sMAPE', 'MASE', 'in80%', 'in95%', 'cpu ms', 'wall ms', 'failed'].join('\t'),
  );
  const keys = [...table.keys()].sort((a, b) => (a.startsWith('ALL') ? 1 : 0) - (b.startsWith('ALL') ? 1 : 0));
  for (const key of keys) {
    const r = table.get(key) as Score;
    const row = [key, r.n, (r.smape / r.n).toFixed(2), (r.mase / r.n).toFixed(3), pct(r.in80, r.points)];
    row.push(pct(r.in95, r.points), (r.cpuMs / r.n).toFixed(2), (r.ms / r.n).toFixed(2), r.failed);
    console.log(row.join('\t'));
  }
}

/** Our overall rows beside the anchors of this data, best MASE first. */
function printAnchors(
  title: string,
  table: Map<string, Score>,
  file: string,
  kind: 'as given' | 'quarterly stand-ins',
): void {
  const rows = methods.map((m) => {
    const r = table.get(`ALL\t${m}`) as Score;
    return { name: `ours: ${m}`, smape: r.smape / r.n, mase: r.mase / r.n, source: 'this run' };
  });
  const anchors = process.argv.includes('--limit') ? [] : anchorsFor(file, kind);
  const all = [...rows, ...anchors].sort((a, b) => (a.mase ?? Infinity) - (b.mase ?? Infinity));
  console.log(`\n${title}: ours beside the anchors`);
  console.log(['method', 'sMAPE', 'MASE', 'source'].join('\t'));
  for (const a of all) {
    console.log([a.name, a.smape?.toFixed(3) ?? '-', a.mase?.toFixed(4) ?? '-', a.source].join('\t'));
  }
}

/** The auto method's overall figures, as the last line's JSON carries them. */
function summary(table: Map<string, Score>): Record<string, number> {
  const auto = table.get('ALL\tauto') as Score;
  const round = (v: number, d: number): number => Number(v.toFixed(d));
  return {
    series: auto.n,
    smape: round(auto.smape / auto.n, 3),
    mase: round(auto.mase / auto.n, 4),
    msPerSeries: round(auto.cpuMs / auto.n, 3),
    wallMsPerSeries: round(auto.ms / auto.n, 3),
    coverage80: round(auto.in80 / auto.points, 4),
    coverage95: round(auto.in95 / auto.points, 4),
  };
}

async function main(): Promise<void> {
  const file = resolve(argValue('--data') ?? resolve(__dirname, '../../shared/data/forecast/m3_monthly_dev.jsonl'));
  const series = loadSeries(file, Number(argValue('--limit') ?? Infinity));
  const quarterly = process.argv.includes('--no-quarterly') ? [] : quarterlyStandIns(series);
  const given = runOurs(series);
  const stand = quarterly.length > 0 ? runOurs(quarterly) : null;
  if (process.argv.includes('--arima')) await runArima(series, given);
  console.log(`${series.length} series from ${file}`);
  printTable(`${basename(file)} as given`, given);
  if (stand !== null) printTable(`${basename(file)} as quarterly stand-ins (3-month sums, h = test months / 3)`, stand);
  printAnchors(basename(file), given, file, 'as given');
  if (stand !== null) printAnchors(`${basename(file)} quarterly stand-ins`, stand, file, 'quarterly stand-ins');
  const last = summary(given);
  console.log(`auto: ${last.msPerSeries} ms CPU, ${last.wallMsPerSeries} ms wall per series (our forecast call alone)`);
  console.log(JSON.stringify(stand === null ? last : { ...last, quarterly: summary(stand) }));
}

void main();
