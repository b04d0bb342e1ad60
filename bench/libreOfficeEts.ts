import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/** Excel's FORECAST.ETS (additive ETS, "AAA") as LibreOffice computes it, for many series in one recalculation. */
export interface EtsPeerRun {
  /** forecasts[i][k]: series i, k steps ahead; null where LibreOffice returned an error. */
  readonly forecasts: (number | null)[][];
  /** Wall time of the whole LibreOffice run, start-up included. */
  readonly ms: number;
  readonly formulas: number;
}

function column(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

/**
 * Runs Excel's `FORECAST.ETS(target, values, timeline, [seasonality])` in headless LibreOffice (whose FORECAST.ETS.ADD
 * implements Excel's documented additive model and reads the .xlsx function name `_xlfn.FORECAST.ETS`): writes one
 * workbook with every series on a data sheet and one array formula per series over its targets, without cached
 * values, converts it to CSV (which recalculates every formula) and reads the figures back. `seasonality` undefined is Excel's
 * default, automatic detection. Returns null when `soffice` is not installed.
 */
export async function libreOfficeEts(
  series: readonly (readonly number[])[],
  h: number,
  seasonality: number | undefined,
): Promise<EtsPeerRun | null> {
  if (spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'ops-review-ets-'));
  try {
    const workbook = new ExcelJS.Workbook();
    const out = workbook.addWorksheet('out');
    const data = workbook.addWorksheet('data');
    const longest = Math.max(...series.map((s) => s.length));
    data.addRow(Array.from({ length: longest }, (_, i) => i + 1));
    // One array formula per series over its h targets: LibreOffice then fits the model once per series, not once per
    // step (each FORECAST.ETS call fits its own model).
    const targets = workbook.addWorksheet('targets');
    // ExcelJS writes array formulas (its fourth argument) though its typings omit the argument.
    const fill = out.fillFormula.bind(out) as (range: string, f: string, r: unknown[], type: 'array') => void;
    series.forEach((values, i) => {
      data.addRow([...values]);
      targets.addRow(Array.from({ length: h }, (_, k) => values.length + k + 1));
      const r = i + 2;
      const last = column(values.length);
      const season = seasonality === undefined ? '' : `,${seasonality}`;
      const range = `A${i + 1}:${column(h)}${i + 1}`;
      fill(range, `_xlfn.FORECAST.ETS(targets!${range},data!A${r}:${last}${r},data!A1:${last}1${season})`, [], 'array');
    });
    const input = join(dir, 'ets.xlsx');
    await workbook.xlsx.writeFile(input);
    const t0 = performance.now();
    const run = spawnSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--convert-to',
        'csv',
        '--outdir',
        dir,
        input,
      ],
      { encoding: 'utf8', timeout: 15 * 60 * 1000 },
    );
    const ms = performance.now() - t0;
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.error?.message}`);
    const rows = readFileSync(join(dir, 'ets.csv'), 'utf8').trim().split('\n');
    const forecasts = rows.map((line) =>
      line.split(',').map((text) => (Number.isFinite(Number(text)) && text !== '' ? Number(text) : null)),
    );
    return { forecasts, ms, formulas: series.length * h };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
