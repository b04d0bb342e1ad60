/**
 * The variance lines' source cells, packed for the copy from the analysis worker to the pane: each line of the
 * 5,000-line workbook cites 24 cells, and copying 120,000 small objects across threads (structured clone) took
 * about half of the outcome's copy (bench/paneAnalysis.ts). Packed, they are a few typed arrays and one string.
 */
import type { AnalysisResult, SourceRef } from '../../engine';
import type { AnalysisOutcome } from './protocol';

/** Every line's source cells, in line order. */
export interface PackedLineSources {
  readonly sheets: readonly string[];
  /** How many cells each line cites. */
  readonly counts: Uint32Array;
  /** Index in `sheets` of each cell. */
  readonly sheetOf: Uint32Array;
  /** The cells' addresses, joined by newlines. */
  readonly cells: string;
}

const SEPARATOR = '\n';

type Lines = AnalysisResult['variance']['lines'];

/** The outcome with its lines' sources taken out and packed; null when a cell's address could not be packed. */
export function packLineSources(
  outcome: AnalysisOutcome,
): { outcome: AnalysisOutcome; lineSources: PackedLineSources } | null {
  const lines = outcome.result.variance.lines;
  let total = 0;
  for (const line of lines) total += line.sources.length;
  const sheets: string[] = [];
  const sheetIndex = new Map<string, number>();
  const counts = new Uint32Array(lines.length);
  const sheetOf = new Uint32Array(total);
  const cells = new Array<string>(total);
  let at = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const sources = lines[i].sources;
    counts[i] = sources.length;
    for (const source of sources) {
      if (source.cell.includes(SEPARATOR)) return null;
      let index = sheetIndex.get(source.sheet);
      if (index === undefined) {
        index = sheets.length;
        sheets.push(source.sheet);
        sheetIndex.set(source.sheet, index);
      }
      sheetOf[at] = index;
      cells[at] = source.cell;
      at += 1;
    }
  }
  const { result } = outcome;
  const bare: Lines = lines.map((line) => ({ ...line, sources: [] }));
  return {
    outcome: { ...outcome, result: { ...result, variance: { ...result.variance, lines: bare } } },
    lineSources: { sheets, counts, sheetOf, cells: cells.join(SEPARATOR) },
  };
}

/** The outcome `packLineSources` packed, with every line's sources in place again. */
export function unpackLineSources(outcome: AnalysisOutcome, packed: PackedLineSources): AnalysisOutcome {
  const cells = packed.cells.split(SEPARATOR);
  let at = 0;
  const { result } = outcome;
  const lines: Lines = result.variance.lines.map((line, i) => {
    const sources: SourceRef[] = [];
    for (let n = packed.counts[i] ?? 0; n > 0; n -= 1) {
      sources.push({ sheet: packed.sheets[packed.sheetOf[at] ?? 0] ?? '', cell: cells[at] ?? '' });
      at += 1;
    }
    return { ...line, sources };
  });
  return { ...outcome, result: { ...result, variance: { ...result.variance, lines } } };
}
