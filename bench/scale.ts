/**
 * Scale (issue #16): workbooks generated into a temporary folder (never committed) and measured each in a child
 * process, for time and peak memory: the 5,000-line workbook through every reader and the commands, wide workbooks
 * of 10k-200k lines and general ledgers of 100k-1M postings through the reader and the review, and the 5 GB
 * whitespace bomb. `npm run bench -- scale`; `SCALE_SIZES=small` stops at 80k lines and 300k postings,
 * `SCALE_SIZES=5k` after the 5,000-line workbook. The 5k phases and profile are of the built command: `npm run build:cli`
 * first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from './BenchRow';
import { writeBombFile } from './bombFile';
import { ledgerSheet, wideSheets } from './scaleData';
import { writeBenchXlsx } from './writeBenchXlsx';

interface Measured {
  readonly ms: number;
  readonly peakMB: number;
  /** `analyze` only: the .xlsx parse (open, census, grids), then the whole read (parse and typed records). */
  readonly parseMs?: number;
  readonly readMs?: number;
  /** `analyze` only: after the read until the result is checked. */
  readonly analyzeMs?: number;
  /** `analyze` only: the fingerprints and titles a pack needs and `analyze` does not make. */
  readonly packExtrasMs?: number;
  /** The sentence the reader refused the file with. */
  readonly refused?: string;
}

const TIMEOUT_MS = 600_000;

const BUILT = join(__dirname, '..', 'dist', 'node', 'engine', 'index.js');

/**
 * Runs one measurement in a child (see `scaleChild.ts`; mode `built-analyze` is `analyzePhases.cjs` on the built
 * command); the reason instead when it failed or was killed.
 */
function child(mode: string, file: string, nodeFlags: string[] = []): Measured | string {
  if (mode === 'built-analyze' && !existsSync(BUILT)) return 'not measured: run "npm run build:cli" first';
  const script =
    mode === 'built-analyze'
      ? [join(__dirname, 'analyzePhases.cjs'), file]
      : ['-r', 'tsx/cjs', join(__dirname, 'scaleChild.ts'), mode, file];
  try {
    const out = execFileSync(process.execPath, [...nodeFlags, '--max-old-space-size=4096', ...script], {
      timeout: TIMEOUT_MS,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 24,
    });
    return JSON.parse(out.toString().trim().split('\n').pop() ?? '') as Measured;
  } catch (error) {
    const e = error as { signal?: string; stderr?: Buffer; message: string };
    if (e.signal) return `killed (${e.signal}) after ${TIMEOUT_MS / 1000} s or out of memory`;
    const last = (e.stderr?.toString() ?? e.message).trim().split('\n').filter(Boolean);
    return `failed: ${(last.find((l) => /Error|error/.test(l)) ?? last[0] ?? '').slice(0, 100)}`;
  }
}

function rows(label: string, measured: Measured | string, lines?: number): BenchRow[] {
  if (typeof measured === 'string') return [{ name: label, value: NaN, unit: '', note: measured }];
  const out: BenchRow[] = [
    {
      name: `${label}: time`,
      value: measured.ms,
      unit: 'ms',
      note: lines ? `${((measured.ms * 1000) / lines).toFixed(1)} us/row` : undefined,
    },
    { name: `${label}: peak memory`, value: measured.peakMB, unit: 'MB' },
  ];
  if (measured.refused) out.push({ name: `${label}: refused with`, value: NaN, unit: '', note: measured.refused });
  const { parseMs, readMs, analyzeMs, packExtrasMs } = measured;
  if (parseMs !== undefined && readMs !== undefined && analyzeMs !== undefined) {
    out.push(
      {
        name: `${label}: read`,
        value: readMs,
        unit: 'ms',
        note: `.xlsx parse ${parseMs.toFixed(0)} ms + grids to typed records ${(readMs - parseMs).toFixed(0)} ms`,
      },
      { name: `${label}: analysis after read`, value: analyzeMs, unit: 'ms', note: 'until the result is checked' },
      { name: `${label}: analysis / read (goal <= 0.5)`, value: analyzeMs / readMs, unit: 'x' },
      {
        name: `${label}: pack extras (not in analyze)`,
        value: packExtrasMs ?? NaN,
        unit: 'ms',
        note: 'fingerprints and titles, made when a pack asks',
      },
    );
  }
  return out;
}

/** Top self-time entries of a V8 CPU profile, by function and file. */
function profileSummary(dir: string, top: number): BenchRow[] {
  if (!existsSync(dir)) return [];
  const file = execFileSync('ls', [dir]).toString().trim().split('\n')[0];
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string; url: string } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const where = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}` : '?';
    self.set(where, (self.get(where) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, ms]) => ({ name: `  profile: ${where}`.slice(0, 58), value: ms, unit: 'ms', note: 'self time' }));
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ops-review-scale-'));
  const small = process.env.SCALE_SIZES === 'small';
  const onlyFive = process.env.SCALE_SIZES === '5k';
  const out: BenchRow[] = [];
  try {
    const five = join(dir, 'wide-5000.xlsx');
    await writeBenchXlsx(five, wideSheets(5000));
    const size = `5,000 lines x 12 months x 2 sheets, ${(statSync(five).size / 1024).toFixed(0)} KB`;
    const raw = child('inflate', five);
    out.push(...rows(`5k: unzip only (zlib; ${size})`, raw));
    const exceljs = child('exceljs', five);
    out.push(...rows('5k: ExcelJS 4.4.0 load (the reader before)', exceljs));
    out.push(...rows('5k: SheetJS 0.20.3 read (raw library)', child('sheetjs', five)));
    const read = child('read', five);
    out.push(...rows('5k: readXlsxGrids (the reader now)', read));
    if (typeof read !== 'string' && typeof exceljs !== 'string') {
      out.push({ name: '5k: ratio reader before / now', value: exceljs.ms / read.ms, unit: 'x' });
    }
    if (typeof read !== 'string' && typeof raw !== 'string') {
      out.push({ name: '5k: ratio reader now / unzip only', value: read.ms / raw.ms, unit: 'x' });
    }
    out.push(...rows('5k: read + analysis, built (goal 1,500 ms, 250 MB)', child('built-analyze', five)));
    out.push(...rows('5k: `analyze --json` command, in process', child('cli-analyze', five)));
    const profiles = join(dir, 'profile');
    child('built-analyze', five, ['--cpu-prof', `--cpu-prof-dir=${profiles}`]);
    out.push(...profileSummary(profiles, 8));
    if (onlyFive) return out;

    for (const lines of small ? [10_000, 20_000, 40_000, 80_000] : [10_000, 20_000, 40_000, 80_000, 200_000]) {
      const file = join(dir, `wide-${lines}.xlsx`);
      await writeBenchXlsx(file, wideSheets(lines));
      out.push(...rows(`wide ${lines / 1000}k lines: read + review`, child('built-analyze', file), lines * 2));
      rmSync(file);
    }
    for (const postings of small ? [100_000, 300_000] : [100_000, 300_000, 1_000_000]) {
      const file = join(dir, `ledger-${postings}.xlsx`);
      await writeBenchXlsx(file, [ledgerSheet(postings)]);
      out.push(...rows(`ledger ${postings / 1000}k postings: read + review`, child('built-analyze', file), postings));
      if (postings === 100_000) out.push(...rows('ledger 100k postings: `pack` command', child('cli-pack', file)));
      rmSync(file);
    }
    const bomb = join(dir, 'bomb.xlsx');
    const declared = writeBombFile(bomb);
    const refused = child('read', bomb);
    out.push(
      ...rows(
        `bomb: ${(statSync(bomb).size / 1024 ** 2).toFixed(1)} MB file, ${(declared / 1024 ** 3).toFixed(0)} GB sheet (refused)`,
        refused,
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
