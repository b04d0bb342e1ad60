// Forecast benchmark: `tsx bench/forecast.ts --data FILE.jsonl [--limit N] [--no-arima]`.
// Forecasts each series from `train` alone, scores against `test` (sMAPE and MASE as in the data README), prints a
// table by category and method with the `arima` package beside ours, and ends with one JSON line for the auto method.
import { resolve } from 'node:path';
import { mase, maseScale, smape } from '../src/engine/forecast/accuracy';
import { forecast } from '../src/engine/forecast';
import type { ForecastOptions } from '../src/engine/forecast';
import { ArimaPeer } from './arimaPeer';
import { loadSeries } from './loadSeries';

type Method = NonNullable<ForecastOptions['method']>;
const methods: Method[] = ['auto', 'ets', 'theta', 'snaive'];

interface Score {
  smape: number;
  mase: number;
  ms: number;
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

function add(table: Map<string, Score>, key: string, s: number, m: number, ms: number, failed: boolean): void {
  const row = table.get(key) ?? { smape: 0, mase: 0, ms: 0, n: 0, failed: 0 };
  row.smape += s;
  row.mase += m;
  row.ms += ms;
  row.n += 1;
  row.failed += failed ? 1 : 0;
  table.set(key, row);
}

async function main(): Promise<void> {
  const file = resolve(argValue('--data') ?? resolve(__dirname, '../../shared/data/forecast/m3_monthly_dev.jsonl'));
  const limit = Number(argValue('--limit') ?? Infinity);
  const withArima = !process.argv.includes('--no-arima');
  const series = loadSeries(file, limit);
  const table = new Map<string, Score>();
  const peer = new ArimaPeer(5000);
  const peerErrors = new Map<string, number>();
  for (const s of series) {
    const h = s.test.length;
    const scale = maseScale(s.train, s.frequency);
    const score = (name: string, mean: number[], ms: number, failed: boolean): void => {
      const m = mase(s.test, mean, scale) ?? 0;
      for (const key of [`${s.category}\t${name}`, `ALL\t${name}`]) add(table, key, smape(s.test, mean), m, ms, failed);
    };
    for (const method of methods) {
      const t0 = performance.now();
      const fc = forecast(s.train, { period: s.frequency, h, method });
      const ms = performance.now() - t0;
      score(method, fc.ok ? fc.mean : lastValue(s.train, h), ms, !fc.ok);
    }
    if (withArima) {
      const r = await peer.run(s.train, h, s.frequency);
      if (!r.ok) peerErrors.set(r.error, (peerErrors.get(r.error) ?? 0) + 1);
      score('arima (npm auto)', r.ok ? r.mean : lastValue(s.train, h), r.ok ? r.ms : 0, !r.ok);
    }
  }
  await peer.close();
  console.log(`${series.length} series from ${file}`);
  console.log(['category', 'method', 'series', 'sMAPE', 'MASE', 'ms/series', 'failed'].join('\t'));
  const keys = [...table.keys()].sort((a, b) => (a.startsWith('ALL') ? 1 : 0) - (b.startsWith('ALL') ? 1 : 0));
  for (const key of keys) {
    const r = table.get(key) as Score;
    const row = [key, r.n, (r.smape / r.n).toFixed(2), (r.mase / r.n).toFixed(3), (r.ms / r.n).toFixed(2), r.failed];
    console.log(row.join('\t'));
  }
  for (const [error, count] of peerErrors) console.log(`arima failed on ${count} series: ${error}`);
  const auto = table.get('ALL\tauto') as Score;
  const round = (v: number, d: number): number => Number(v.toFixed(d));
  console.log(
    JSON.stringify({
      series: auto.n,
      smape: round(auto.smape / auto.n, 3),
      mase: round(auto.mase / auto.n, 4),
      msPerSeries: round(auto.ms / auto.n, 3),
    }),
  );
}

void main();
