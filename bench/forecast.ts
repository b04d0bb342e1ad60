// Forecast benchmark: `tsx bench/forecast.ts --data FILE.jsonl [--limit N] [--no-arima] [--arima-timeout MS]`.
// Forecasts each series from `train` alone, scores against `test` (sMAPE and MASE as in the data README), prints a
// table by category and method with the `arima` package beside ours, and ends with one JSON line for the auto method.
import { resolve } from 'node:path';
import { mase, maseScale, smape } from '../src/engine/forecast/accuracy';
import { forecast } from '../src/engine/forecast';
import type { ForecastOptions, ForecastOutput } from '../src/engine/forecast';
import { ArimaPeer } from './arimaPeer';
import { loadSeries } from './loadSeries';

type Method = NonNullable<ForecastOptions['method']>;
const methods: Method[] = ['auto', 'ets', 'theta', 'snaive'];

interface Score {
  smape: number;
  mase: number;
  /** Test points inside the 80 % and 95 % intervals (our methods only). */
  in80: number;
  in95: number;
  points: number;
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

interface Covered {
  in80: number;
  in95: number;
  points: number;
}

function add(
  table: Map<string, Score>,
  key: string,
  s: number,
  m: number,
  ms: number,
  failed: boolean,
  c: Covered,
): void {
  const row = table.get(key) ?? { smape: 0, mase: 0, in80: 0, in95: 0, points: 0, ms: 0, n: 0, failed: 0 };
  row.smape += s;
  row.mase += m;
  row.in80 += c.in80;
  row.in95 += c.in95;
  row.points += c.points;
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
  const peer = new ArimaPeer(Number(argValue('--arima-timeout') ?? 15000));
  // sMAPE and MASE of auto and of arima on the series arima finished, for a like-for-like comparison.
  const paired = { n: 0, ours: { smape: 0, mase: 0 }, arima: { smape: 0, mase: 0 } };
  const peerErrors = new Map<string, number>();
  // CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
  let cpuMs = 0;
  for (const s of series) {
    const h = s.test.length;
    const scale = maseScale(s.train, s.frequency);
    let autoMean: number[] | null = null;
    const score = (name: string, mean: number[], ms: number, failed: boolean, fc?: ForecastOutput): void => {
      const m = mase(s.test, mean, scale) ?? 0;
      const c = { in80: 0, in95: 0, points: fc === undefined ? 0 : h };
      s.test.forEach((a, i) => {
        if (fc === undefined) return;
        c.in80 += a >= fc.lower80[i] && a <= fc.upper80[i] ? 1 : 0;
        c.in95 += a >= fc.lower95[i] && a <= fc.upper95[i] ? 1 : 0;
      });
      for (const key of [`${s.category}\t${name}`, `ALL\t${name}`]) {
        add(table, key, smape(s.test, mean), m, ms, failed, c);
      }
    };
    for (const method of methods) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const fc = forecast(s.train, { period: s.frequency, h, method });
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(c0);
      if (method === 'auto') cpuMs += (cpu.user + cpu.system) / 1000;
      score(method, fc.ok ? fc.mean : lastValue(s.train, h), ms, !fc.ok, fc.ok ? fc : undefined);
      if (method === 'auto') autoMean = fc.ok ? fc.mean : null;
    }
    if (withArima) {
      const r = await peer.run(s.train, h, s.frequency);
      if (!r.ok) peerErrors.set(r.error, (peerErrors.get(r.error) ?? 0) + 1);
      if (r.ok && autoMean !== null) {
        paired.n += 1;
        paired.ours.smape += smape(s.test, autoMean);
        paired.ours.mase += mase(s.test, autoMean, scale) ?? 0;
        paired.arima.smape += smape(s.test, r.mean);
        paired.arima.mase += mase(s.test, r.mean, scale) ?? 0;
      }
      score('arima (npm auto)', r.ok ? r.mean : lastValue(s.train, h), r.ok ? r.ms : 0, !r.ok);
    }
  }
  await peer.close();
  console.log(`${series.length} series from ${file}`);
  console.log(['category', 'method', 'series', 'sMAPE', 'MASE', 'in80%', 'in95%', 'ms/series', 'failed'].join('\t'));
  const keys = [...table.keys()].sort((a, b) => (a.startsWith('ALL') ? 1 : 0) - (b.startsWith('ALL') ? 1 : 0));
  for (const key of keys) {
    const r = table.get(key) as Score;
    const cover = (k: number): string => (r.points > 0 ? ((100 * k) / r.points).toFixed(1) : '-');
    const row = [key, r.n, (r.smape / r.n).toFixed(2), (r.mase / r.n).toFixed(3), cover(r.in80), cover(r.in95)];
    row.push((r.ms / r.n).toFixed(2), r.failed);
    console.log(row.join('\t'));
  }
  for (const [error, count] of peerErrors) console.log(`arima failed on ${count} series: ${error}`);
  if (paired.n > 0) {
    const f = (v: { smape: number; mase: number }): string =>
      `sMAPE ${(v.smape / paired.n).toFixed(2)} MASE ${(v.mase / paired.n).toFixed(3)}`;
    console.log(`on the ${paired.n} series arima finished: auto ${f(paired.ours)}; arima ${f(paired.arima)}`);
  }
  const auto = table.get('ALL\tauto') as Score;
  console.log(`auto: ${(auto.ms / auto.n).toFixed(2)} ms wall, ${(cpuMs / auto.n).toFixed(2)} ms CPU per series`);
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
