import { resolve } from 'path';
import { isPeriod } from '../engine/period/months';
import { buildPack } from '../engine/pack/buildPack';
import { fingerprintGrid } from '../engine/pack/fingerprint';
import { monthlyRevenue } from '../engine/pack/monthlyRevenue';
import { periodLabel } from '../engine/period/periodLabel';
import { SETTINGS_VERSION } from '../engine/settings/Settings';
import { reviewWorkbook } from '../workbook/reviewWorkbook';
import { XlsxReadError } from '../workbook/xlsx/XlsxReadError';
import { XlsxWorkbook } from '../workbook/xlsx/XlsxWorkbook';
import { XlsxWriteError } from '../workbook/xlsx/XlsxWriteError';
import type { CliIO } from './CliIO';
import { firstProblem, fiscalStartOption } from './optionSchemas';

const USAGE =
  'Usage: ops-review pack FILE.xlsx [--period YYYY-MM] [--fiscal-start 1-12] (--out OUT.xlsx | --in-place)\nTry: ops-review pack --help\n';

interface PackArgs {
  readonly file: string;
  readonly period: string | undefined;
  readonly out: string;
  readonly inPlace: boolean;
  readonly fiscalYearStartMonth: number | undefined;
}

function parseArgs(argv: readonly string[]): PackArgs | string {
  let file: string | null = null;
  let period: string | undefined;
  let out: string | null = null;
  let inPlace = false;
  let fiscalYearStartMonth: number | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--period') {
      period = argv[++i];
      if (period === undefined || !isPeriod(period)) {
        return '--period needs a month written YYYY-MM, e.g. 2026-03.';
      }
    } else if (arg === '--out') {
      out = argv[++i] ?? null;
      if (out === null || out.startsWith('-')) return '--out needs the path of the workbook to write.';
    } else if (arg === '--fiscal-start') {
      const month = fiscalStartOption.safeParse(argv[++i] ?? '');
      if (!month.success) return firstProblem(month.error);
      fiscalYearStartMonth = month.data;
    } else if (arg === '--in-place') inPlace = true;
    else if (arg.startsWith('-')) return `unknown option "${arg}".`;
    else if (file === null) file = arg;
    else return `only one workbook can be packed at a time ("${arg}").`;
  }
  if (file === null) return 'which workbook? Give the path of an .xlsx file.';
  if (inPlace && out !== null) return 'give either --out or --in-place, not both.';
  if (!inPlace && out === null)
    return 'give --out OUT.xlsx (a copy is written) or --in-place (the file itself is updated).';
  // The pack is an Excel workbook: a .csv or .xls name would only hide that from whoever opens it.
  if (out !== null && !/\.xlsx$/i.test(out))
    return `--out needs a name ending in .xlsx ("${out}"): the pack is an Excel workbook.`;
  if (!inPlace && out !== null && resolve(out) === resolve(file)) {
    return '--out is the input file itself; to update it, say so with --in-place.';
  }
  return { file, period, out: out ?? file, inPlace, fiscalYearStartMonth };
}

/**
 * `ops-review pack FILE.xlsx [--period YYYY-MM] --out OUT.xlsx`: analyses the workbook and writes the review pack,
 * with formats, conditional formats and native charts, into a copy (or into the file with --in-place). Re-running
 * on its own output refreshes the pack and keeps users' commentary. Exit status 0 when the pack was written, 1 when
 * the file cannot be read or written, 2 for usage errors.
 */
export async function packCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`ops-review pack: ${args}\n${USAGE}`);
    return 2;
  }
  try {
    const workbook = await XlsxWorkbook.load(args.file);
    const { grids, read, result, settings, settingsProblem } = await reviewWorkbook(workbook, {
      period: args.period,
      fiscalYearStartMonth: args.fiscalYearStartMonth,
    });
    if (settingsProblem !== null) io.stderr(`ops-review pack: ${settingsProblem}\n`);
    const template = settings.pack;
    const pack = buildPack(result, {
      generatedAt: new Date().toISOString(),
      author: template.author,
      sources: grids.map(fingerprintGrid),
      settingsVersion: SETTINGS_VERSION,
      sheets: template.sheets,
      topVariances: template.topVariances,
      forecastSeries: template.forecastSeries,
      monthly: monthlyRevenue(read.facts, result.fiscalYear.periods),
    });
    const report = await workbook.writePack(pack);
    const saved = await workbook.save(args.out, { keepEverything: args.inPlace });
    const names = report.sheets.map((s) => s.name).join(', ');
    io.stdout(`Wrote the ${periodLabel(result.period)} review pack to ${args.out}: ${names}.\n`);
    for (const message of [...report.messages, ...saved]) io.stdout(`${message}\n`);
    const problems = result.diagnostics.filter((d) => d.severity !== 'info').length;
    if (problems > 0) {
      io.stdout(`${problems} data problem${problems === 1 ? '' : 's'} found; see ops-review analyze ${args.file}.\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof XlsxReadError || error instanceof XlsxWriteError) {
      io.stderr(`ops-review pack: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
