import { promises as fs } from 'fs';
import { resolve } from 'path';
import { isPeriod, packFor, periodLabel } from '../engine';
import { reviewWorkbook } from '../workbook/reviewWorkbook';
import { XlsxReadError } from '../workbook/xlsx/XlsxReadError';
import { openXlsxFile, sameFile, saveXlsxFile } from '../workbook/xlsx/xlsxFile';
import { XlsxWriteError } from '../workbook/xlsx/XlsxWriteError';
import type { CliIO } from './CliIO';
import { firstProblem, fiscalStartOption } from './optionSchemas';

const USAGE =
  'Usage: ops-review pack FILE.xlsx [--period YYYY-MM] [--fiscal-start 1-12] (--out OUT.xlsx [--force] | --in-place)\nTry: ops-review pack --help\n';

interface PackArgs {
  readonly file: string;
  readonly period: string | undefined;
  readonly out: string;
  readonly inPlace: boolean;
  readonly force: boolean;
  readonly fiscalYearStartMonth: number | undefined;
}

function parseArgs(argv: readonly string[]): PackArgs | string {
  let file: string | null = null;
  let period: string | undefined;
  let out: string | null = null;
  let inPlace = false;
  let force = false;
  let fiscalYearStartMonth: number | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    // "--period=2026-06" is "--period 2026-06", as for analyze.
    const eq = argv[i].startsWith('--') ? argv[i].indexOf('=') : -1;
    const arg = eq > 0 ? argv[i].slice(0, eq) : argv[i];
    const value = (): string | undefined => (eq > 0 ? argv[i].slice(eq + 1) : argv[++i]);
    if (arg === '--period') {
      period = value();
      if (period === undefined || !isPeriod(period)) {
        return '--period needs a month written YYYY-MM, e.g. 2026-03.';
      }
    } else if (arg === '--out') {
      out = value() ?? null;
      if (out === null || out === '' || out.startsWith('-')) return '--out needs the path of the workbook to write.';
    } else if (arg === '--fiscal-start') {
      const month = fiscalStartOption.safeParse(value() ?? '');
      if (!month.success) return firstProblem(month.error);
      fiscalYearStartMonth = month.data;
    } else if (arg === '--in-place' && eq < 0) inPlace = true;
    else if (arg === '--force' && eq < 0) force = true;
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
  return { file, period, out: out ?? file, inPlace, force, fiscalYearStartMonth };
}

/** A sentence when the options cannot be honoured for these files; null when they can. */
async function refusal(args: PackArgs): Promise<string | null> {
  if (!args.inPlace && (await sameFile(args.out, args.file))) {
    return `--out ${args.out} is the input file itself (through a link); to update it, say so with --in-place.`;
  }
  if (!args.inPlace && !args.force && (await fs.lstat(args.out).catch(() => null))) {
    return `${args.out} already exists and was left as it was. To replace it, add --force (or write to another file).`;
  }
  return null;
}

/**
 * `ops-review pack FILE.xlsx [--period YYYY-MM] --out OUT.xlsx`: analyses the workbook and writes the review pack,
 * with formats, conditional formats and native charts, into a copy (or into the file with --in-place). Re-running
 * on its own output refreshes the pack and keeps users' commentary. The user's own parts of the file are kept byte
 * for byte; saving is atomic. Exit status 0 when the pack was written, 1 when the file cannot be read or written (or
 * would be replaced without --force), 2 for usage errors.
 */
export async function packCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`ops-review pack: ${args}\n${USAGE}`);
    return 2;
  }
  try {
    const refused = await refusal(args);
    if (refused !== null) {
      io.stderr(`ops-review pack: ${refused}\n`);
      return 1;
    }
    const workbook = await openXlsxFile(args.file);
    const review = await reviewWorkbook(workbook, {
      period: args.period,
      fiscalYearStartMonth: args.fiscalYearStartMonth,
    });
    const { result, settings, settingsProblem } = review;
    if (settingsProblem !== null) io.stderr(`ops-review pack: ${settingsProblem}\n`);
    if (settings.pack.sheets.length === 0) {
      io.stderr(`ops-review pack: the workbook's settings choose no pack sheets, so nothing was written.\n`);
      return 1;
    }
    const pack = packFor(review, settings, { generatedAt: new Date().toISOString() });
    const report = await workbook.writePack(pack);
    const written = await workbook.write();
    if (args.inPlace && written.signed) {
      io.stderr(
        `ops-review pack: ${args.file} is digitally signed; writing the pack into it would invalidate the signature, so it was left as it was. Write the pack to a copy with --out.\n`,
      );
      return 1;
    }
    await saveXlsxFile(args.out, written.bytes, { inPlace: args.inPlace, force: args.force });
    const names = report.sheets.map((s) => s.name).join(', ');
    io.stdout(`Wrote the ${periodLabel(result.period)} review pack to ${args.out}: ${names}.\n`);
    for (const message of [...report.messages, ...written.messages]) io.stdout(`${message}\n`);
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
