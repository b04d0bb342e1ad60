/**
 * `npm run bench -- keepParts`: issue #13's figure. Writes the pack into every rich workbook of the test corpus
 * (`test/workbook/xlsx/richWorkbooks.ts`) and every file of the shared .xlsx corpus (`../shared/data/xlsx-corpus/`,
 * when present), refreshes it, and counts the workbooks whose parts the add-in does not own stay byte for byte the
 * same (edited shared parts only by insertions), the ones refused with a sentence, and the parts the writer edited.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildPack } from '../src/engine/pack/buildPack';
import { XlsxReadError } from '../src/workbook/xlsx/XlsxReadError';
import { XlsxWorkbook } from '../src/workbook/xlsx/XlsxWorkbook';
import { XlsxWriteError } from '../src/workbook/xlsx/XlsxWriteError';
import { analysisResult } from '../test/fixtures/analysisResult';
import { richCorpus } from '../test/workbook/xlsx/richWorkbooks';
import { changedParts, userPartProblems } from '../test/workbook/xlsx/userParts';
import type { BenchRow } from './BenchRow';

const CORPUS = path.join(__dirname, '..', '..', 'shared', 'data', 'xlsx-corpus');

function corpusFiles(): { name: string; bytes: () => Promise<Uint8Array> }[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.xls[xm]$/i.test(f))
    .sort()
    .map((f) => ({ name: f, bytes: () => Promise.resolve(new Uint8Array(readFileSync(path.join(CORPUS, f)))) }));
}

async function pack(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = await XlsxWorkbook.load(bytes);
  await workbook.writePack(buildPack(analysisResult, { generatedAt: '2026-04-03T09:15:00Z' }));
  return workbook.toBytes();
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [label, cases] of [
    ['rich workbooks (test corpus)', richCorpus()],
    ['shared .xlsx corpus', corpusFiles()],
  ] as const) {
    let intact = 0;
    const refused: string[] = [];
    const broken: string[] = [];
    const edited = new Set<string>();
    for (const rich of cases) {
      try {
        const original = await rich.bytes();
        const first = await pack(original);
        const second = await pack(first);
        const problems = [...(await userPartProblems(original, first)), ...(await userPartProblems(original, second))];
        if (problems.length === 0) intact += 1;
        else broken.push(`${rich.name}: ${problems[0]}`);
        for (const part of await changedParts(original, first)) edited.add(part);
      } catch (error) {
        if (error instanceof XlsxReadError || error instanceof XlsxWriteError) refused.push(rich.name);
        else broken.push(`${rich.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    rows.push({ name: `${label}: workbooks`, value: cases.length, unit: 'files' });
    rows.push({
      name: `${label}: user's parts byte-identical after pack + refresh`,
      value: intact,
      unit: 'files',
      note: `edited: ${[...edited].sort().join(', ')}`,
    });
    rows.push({
      name: `${label}: refused with a sentence`,
      value: refused.length,
      unit: 'files',
      note: refused.join(', '),
    });
    rows.push({
      name: `${label}: user's parts changed or crash`,
      value: broken.length,
      unit: 'files',
      note: broken.join('; '),
    });
  }
  return rows;
}
