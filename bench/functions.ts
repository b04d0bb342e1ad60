import { resolve } from 'node:path';
import { mase, maseScale, smape } from '../src/engine/forecast/accuracy';
import { forecast as opsreviewForecast } from '../src/functions/functions';
import type { BenchRow } from './BenchRow';
import { libreOfficeEts } from './libreOfficeEts';
import { loadSeries, type BenchSeries } from './loadSeries';

/**
 * `npm run bench -- functions`: OPSREVIEW.FORECAST against Excel's FORECAST.ETS on the M3 monthly series of
 * shared/data/forecast (h = 18, each series' own test months), both as a spreadsheet user would call them: ours
 * with its defaults (seasonality 12, tested by the engine), Excel's with its default automatic seasonality and with
 * seasonality 12. Excel's model is computed by LibreOffice (see libreOfficeEts.ts). Also the time per call of
 * OPSREVIEW.FORECAST through the functions layer, and on a 10,000-value range.
 * `OPS_REVIEW_BENCH_LIMIT=N` takes the first N series only.
 */
const DATA = resolve(__dirname, '../../shared/data/forecast/m3_monthly_dev.jsonl');

interface Accuracy {
  smape: number;
  mase: number;
  failed: number;
}

/** A failed forecast is scored as the last value repeated, as bench/forecast.ts does, so every series counts. */
function score(series: readonly BenchSeries[], means: readonly ((number | null)[] | null)[]): Accuracy {
  let s = 0;
  let m = 0;
  let failed = 0;
  series.forEach((one, i) => {
    const raw = means[i];
    const ok = raw !== null && raw.length >= one.test.length && raw.every((v) => v !== null);
    const mean = ok ? (raw as number[]).slice(0, one.test.length) : one.test.map(() => one.train[one.train.length - 1]);
    if (!ok) failed += 1;
    s += smape(one.test, mean);
    m += mase(one.test, mean, maseScale(one.train, one.frequency)) ?? 0;
  });
  return { smape: s / series.length, mase: m / series.length, failed };
}

function rows(name: string, a: Accuracy, n: number): BenchRow[] {
  const note = a.failed > 0 ? `${a.failed} of ${n} series failed, scored as last value` : `${n} series`;
  return [
    { name: `${name}: sMAPE`, value: a.smape, unit: '%', note },
    { name: `${name}: MASE`, value: a.mase, unit: '' },
  ];
}

export async function run(): Promise<BenchRow[]> {
  const limit = Number(process.env.OPS_REVIEW_BENCH_LIMIT ?? Infinity);
  const series = loadSeries(DATA, limit);
  const h = Math.max(...series.map((s) => s.test.length));
  const times: number[] = [];
  // CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
  const cpu0 = process.cpuUsage();
  const ours = series.map((s) => {
    const t0 = performance.now();
    const spill = opsreviewForecast(
      s.train.map((v) => [v]),
      h,
      s.frequency,
      null,
    );
    times.push(performance.now() - t0);
    return Array.isArray(spill) ? spill.map((row) => (typeof row[0] === 'number' ? row[0] : null)) : null;
  });
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const out: BenchRow[] = [
    ...rows('OPSREVIEW.FORECAST', score(series, ours), series.length),
    { name: 'OPSREVIEW.FORECAST: time per call, median', value: times[times.length >> 1], unit: 'ms' },
    { name: 'OPSREVIEW.FORECAST: time per call, slowest', value: times[times.length - 1], unit: 'ms' },
    {
      name: 'OPSREVIEW.FORECAST: CPU time per call, mean',
      value: (cpu.user + cpu.system) / 1000 / series.length,
      unit: 'ms',
    },
  ];
  const long = Array.from({ length: 10_000 }, (_, t) => [
    1000 + 2 * t + 150 * Math.sin((2 * Math.PI * t) / 12) + ((t * 7919) % 97),
  ]);
  const t0 = performance.now();
  opsreviewForecast(long, 12, 12, 0.95);
  out.push({ name: 'OPSREVIEW.FORECAST: 10,000-value range, one call', value: performance.now() - t0, unit: 'ms' });
  for (const seasonality of [undefined, 12]) {
    const label = `Excel FORECAST.ETS (LibreOffice), seasonality ${seasonality ?? 'auto'}`;
    const peer = await libreOfficeEts(
      series.map((s) => s.train),
      h,
      seasonality,
    );
    if (peer === null) {
      out.push({ name: `${label}: not run`, value: NaN, unit: '', note: 'soffice not installed' });
      continue;
    }
    out.push(...rows(label, score(series, peer.forecasts), series.length));
    out.push({
      name: `${label}: time per series (${h} formulas)`,
      value: peer.ms / series.length,
      unit: 'ms',
      note: `${peer.formulas} formulas in ${(peer.ms / 1000).toFixed(1)} s, LibreOffice start-up included`,
    });
  }
  return out;
}
