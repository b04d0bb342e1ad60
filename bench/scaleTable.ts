/**
 * The table of issue #16 in one run: every size (the 5,000-line workbook; wide 10k-200k lines; ledgers of 100k-1M
 * postings), each through this checkout's built command (`analyze`, `pack`) and, when `SCALE_BEFORE` names another
 * checkout with its command built (`npm run build:cli` there), through that one too, with time, peak memory and the
 * ratio to the streaming reader's own parse of the same file. Each figure comes from its own process, before and
 * after running side by side (two cores) so that both meet the same load;
 * `SCALE_TIMEOUT` (seconds, default 600) stops a command that runs longer, `SCALE_BEFORE_TIMEOUT` one of the checkout
 * before. `SCALE_SIZES=small` stops at 40k lines
 * and 100k postings; `SCALE_ONLY="5k wide,ledger 1000k"` measures only those. `npm run build:cli && SCALE_BEFORE=/path/to/main npm run bench -- scaleTable`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchRow } from './BenchRow';
import { ledgerSheet, wideSheets } from './scaleData';
import { writeBenchXlsx } from './writeBenchXlsx';

interface Run {
  readonly ms: number;
  readonly peakMB: number;
  /** Processor time, user and system, of all the process's threads. */
  readonly cpuMs: number;
  /** Why the command gave no figure: killed, out of memory, a non-zero exit. */
  readonly failed?: string;
}

const PEAK = join(__dirname, 'peakOnExit.cjs');

/** `node -r peakOnExit.cjs args` with a wall clock around it; the child writes its peak memory to `report`. */
function timed(args: string[], report: string, timeoutMs: number): Promise<Run> {
  rmSync(report, { force: true });
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', PEAK, ...args], {
      env: { ...process.env, PEAK_REPORT: report },
      timeout: timeoutMs,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 1 << 16) stderr += chunk.toString();
    });
    child.on('close', (status, signal) => {
      const ms = performance.now() - start;
      const { peakMB, cpuMs } = existsSync(report)
        ? (JSON.parse(readFileSync(report, 'utf8')) as { peakMB: number; cpuMs: number })
        : { peakMB: NaN, cpuMs: NaN };
      const limit = ms >= timeoutMs ? `, the ${timeoutMs / 1000} s limit` : '';
      if (signal)
        resolve({ ms, peakMB, cpuMs, failed: `killed (${signal}) after ${(ms / 1000).toFixed(0)} s${limit}` });
      else if (status !== 0) {
        const lines = stderr.trim().split('\n').filter(Boolean);
        const why = lines.find((l) => /Error|heap|memory/i.test(l)) ?? lines[lines.length - 1] ?? '';
        resolve({ ms, peakMB, cpuMs, failed: `exit ${status}: ${why.slice(0, 90)}` });
      } else resolve({ ms, peakMB, cpuMs });
    });
  });
}

/** The figures of one checkout on one file: its reader's parse alone, then `analyze` and `pack`. */
async function measure(root: string, file: string, dir: string, timeoutMs: number): Promise<Record<string, Run>> {
  const report = join(dir, 'peak');
  const cli = join(root, 'bin', 'ops-review.js');
  const reader = join(root, 'dist', 'node', 'workbook', 'xlsx', 'readXlsx.js');
  const read = `require(${JSON.stringify(reader)}).readXlsxGrids(process.argv[1]).then(() => undefined)`;
  const out = join(dir, 'pack-out.xlsx');
  rmSync(out, { force: true });
  return {
    read: await timed(['-e', read, file], report, timeoutMs),
    analyze: await timed([cli, 'analyze', file], report, timeoutMs),
    pack: await timed([cli, 'pack', file, '--out', out], report, timeoutMs),
  };
}

function rowsFor(label: string, runs: Record<string, Run>, units: number): BenchRow[] {
  const read = runs.read;
  return Object.entries(runs).map(([command, run]) => {
    const perRow = `${((run.ms * 1000) / units).toFixed(1)} us/row`;
    const ratio = command === 'read' || read.failed ? '' : `, ${(run.ms / read.ms).toFixed(1)} x read`;
    const peak = `peak ${Number.isNaN(run.peakMB) ? '?' : run.peakMB.toFixed(0)} MB, cpu ${(run.cpuMs / 1000).toFixed(1)} s`;
    return {
      name: `${label} ${command}`,
      value: run.ms,
      unit: 'ms',
      note: run.failed ? `FAILED: ${run.failed}; ${peak}` : `${peak}, ${perRow}${ratio}`,
    };
  });
}

export async function run(): Promise<BenchRow[]> {
  const small = process.env.SCALE_SIZES === 'small';
  const timeoutMs = Number(process.env.SCALE_TIMEOUT ?? 600) * 1000;
  const beforeTimeoutMs = Number(process.env.SCALE_BEFORE_TIMEOUT ?? process.env.SCALE_TIMEOUT ?? 600) * 1000;
  const before = process.env.SCALE_BEFORE ? resolve(process.env.SCALE_BEFORE) : null;
  const roots: [string, string][] = [['after', resolve(__dirname, '..')]];
  if (before) roots.unshift(['before', before]);
  for (const [, root] of roots) {
    if (!existsSync(join(root, 'dist', 'node', 'cli', 'main.js'))) {
      throw new Error(`${root} has no built command: run "npm run build:cli" there first.`);
    }
  }
  const sizes: { name: string; sheets: () => Parameters<typeof writeBenchXlsx>[1]; units: number }[] = [
    { name: '5k wide', sheets: () => wideSheets(5000), units: 10_000 },
    ...(small ? [10_000, 20_000, 40_000] : [10_000, 20_000, 40_000, 80_000, 200_000]).map((lines) => ({
      name: `wide ${lines / 1000}k`,
      sheets: () => wideSheets(lines),
      units: lines * 2,
    })),
    ...(small ? [100_000] : [100_000, 300_000, 1_000_000]).map((postings) => ({
      name: `ledger ${postings / 1000}k`,
      sheets: () => [ledgerSheet(postings)],
      units: postings,
    })),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'ops-review-scale-table-'));
  const out: BenchRow[] = [];
  try {
    const only = process.env.SCALE_ONLY;
    for (const size of sizes.filter((s) => !only || only.split(',').includes(s.name))) {
      const file = join(dir, `${size.name.replace(' ', '-')}.xlsx`);
      await writeBenchXlsx(file, size.sheets());
      const kb = (statSync(file).size / 1024).toFixed(0);
      // Before and after side by side, each in its own folder, so both meet the same load.
      const measured = await Promise.all(
        roots.map(([which, root]) => {
          const own = join(dir, which);
          mkdirSync(own, { recursive: true });
          return measure(root, file, own, which === 'before' ? beforeTimeoutMs : timeoutMs);
        }),
      );
      roots.forEach(([which], i) => out.push(...rowsFor(`${size.name} (${kb} KB) ${which}:`, measured[i], size.units)));
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
