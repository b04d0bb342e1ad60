import type { Period, SourceRef } from '../read/datasets';
import type { AnalysisResult, Rollup, VarianceCell, VarianceLine } from '../results/AnalysisResult';
import { formatMoney, formatPercent } from './formatMoney';
import { periodLabel } from '../period/periodLabel';
import { lineLabel, listWords } from './lineLabel';
import type { Windows } from './windows';

export type NarrativeSentence = AnalysisResult['variance']['narrative'][number];

/** The source cells (budget and actual) of some lines over some months; supplied by the caller, who has the facts. */
export type CellLookup = (lineKeys: readonly string[], periods: readonly Period[]) => SourceRef[];

/** What the narrative is drafted from. */
export interface NarrativeInput {
  readonly lines: readonly VarianceLine[];
  readonly rollups: readonly Rollup[];
  readonly windows: Windows;
  readonly currency: string;
  readonly cellsOf: CellLookup;
}

/** At most this many overspent lines get a sentence of their own; the rest are counted in one. */
const MAX_OVERSPENT_SENTENCES = 5;

const TYPE_NOUN = { revenue: { name: 'revenue', verb: 'is' }, expense: { name: 'expenses', verb: 'are' } } as const;

/** The account type a by-type roll-up stands for. */
const typeOf = (rollup: Rollup): VarianceLine['type'] => (rollup.key === 'revenue' ? 'revenue' : 'expense');

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "4.2 % over budget" / "3.1 % below budget" / "on budget", by type. */
function againstBudget(cell: VarianceCell, type: VarianceLine['type']): string {
  if (cell.variance === 0) return 'on budget';
  const word = type === 'revenue' ? (cell.variance > 0 ? 'above' : 'below') : cell.variance > 0 ? 'over' : 'under';
  return cell.variancePct === null ? `${word} a zero budget` : `${formatPercent(cell.variancePct)} ${word} budget`;
}

/** The line of the roll-up whose YTD variance goes the same way as the roll-up's and is largest. */
function mainDriver(rollup: Rollup, byKey: ReadonlyMap<string, VarianceLine>): VarianceLine | null {
  let best: VarianceLine | null = null;
  for (const key of rollup.lineKeys) {
    const line = byKey.get(key);
    if (!line || Math.sign(line.ytd.variance) !== Math.sign(rollup.ytd.variance) || line.ytd.variance === 0) continue;
    if (best === null || Math.abs(line.ytd.variance) > Math.abs(best.ytd.variance)) best = line;
  }
  return best;
}

function typeYtdSentence(
  input: NarrativeInput,
  rollup: Rollup,
  byKey: ReadonlyMap<string, VarianceLine>,
): NarrativeSentence {
  const type = typeOf(rollup);
  const noun = TYPE_NOUN[type];
  const cell = rollup.ytd;
  let text = `${capitalise(noun.name)} ${noun.verb} ${againstBudget(cell, type)} YTD`;
  if (cell.variance === 0) text += ` (${formatMoney(cell.actual, input.currency)})`;
  else {
    text += ` (${formatMoney(cell.variance, input.currency, true)})`;
    const driver = mainDriver(rollup, byKey);
    if (driver) text += `, mainly ${lineLabel(driver)} (${formatMoney(driver.ytd.variance, input.currency, true)})`;
  }
  return { text: `${text}.`, lineKeys: [...rollup.lineKeys], cells: input.cellsOf(rollup.lineKeys, input.windows.ytd) };
}

function monthSentence(input: NarrativeInput, types: readonly Rollup[]): NarrativeSentence {
  const parts = types.map((rollup) => {
    const type = typeOf(rollup);
    const noun = TYPE_NOUN[type];
    const money = formatMoney(rollup.month.actual, input.currency);
    return `${noun.name} ${noun.verb} ${money} (${againstBudget(rollup.month, type)})`;
  });
  const lineKeys = types.flatMap((rollup) => rollup.lineKeys);
  return {
    text: `In ${periodLabel(input.windows.period)}, ${listWords(parts)}.`,
    lineKeys,
    cells: input.cellsOf(lineKeys, input.windows.month),
  };
}

function resultSentence(input: NarrativeInput, total: Rollup): NarrativeSentence {
  const { actual, variance } = total.ytd;
  const direction =
    variance === 0
      ? 'in line with budget'
      : `${formatMoney(Math.abs(variance), input.currency)} ${variance > 0 ? 'better' : 'worse'} than budget`;
  return {
    text: `The net result YTD is ${formatMoney(actual, input.currency)}, ${direction}.`,
    lineKeys: [...total.lineKeys],
    cells: input.cellsOf(total.lineKeys, input.windows.ytd),
  };
}

/** How the outlook was built, in words: the remaining budget, forecasts, or some of each. */
function outlookBasis(method: string, windows: Windows): string {
  if (windows.remaining.length === 0) return 'the year is complete, so the outlook is the actual';
  const to = `actuals to ${periodLabel(windows.period)} plus`;
  if (method === 'remaining budget') return `${to} the remaining budget`;
  const shaped = method.includes('Seasonal shape of')
    ? ', following the seasonal shape of the budget or of last year'
    : '';
  if (method.startsWith('forecast:') || (method.startsWith('mixed:') && !method.includes('remaining budget'))) {
    return `${to} forecasts of the remaining months${shaped}`;
  }
  return `${to} forecasts of the remaining months for lines with a year of history, the remaining budget for the others`;
}

function outlookSentence(input: NarrativeInput, rollup: Rollup): NarrativeSentence {
  const type = typeOf(rollup);
  const fy = rollup.fullYear;
  const c = input.currency;
  let text = `The full-year outlook for ${TYPE_NOUN[type].name} is ${formatMoney(fy.outlook, c)} against a budget of ${formatMoney(fy.budget, c)}`;
  if (fy.variance !== 0) {
    const word = type === 'revenue' ? (fy.variance > 0 ? 'above' : 'below') : fy.variance > 0 ? 'over' : 'under';
    const pct = fy.variancePct === null ? '' : `, ${formatPercent(fy.variancePct)} ${word}`;
    text += ` (${formatMoney(fy.variance, c, true)}${pct})`;
  }
  text += `: ${outlookBasis(fy.outlookMethod, input.windows)}.`;
  return { text, lineKeys: [...rollup.lineKeys], cells: input.cellsOf(rollup.lineKeys, input.windows.fullYear) };
}

function overspentSentences(input: NarrativeInput): NarrativeSentence[] {
  const overspent = input.lines
    .filter((line) => line.fullYear.overspent)
    .sort((a, b) => b.ytd.actual - b.fullYear.budget - (a.ytd.actual - a.fullYear.budget) || (a.key < b.key ? -1 : 1));
  const c = input.currency;
  const sentences = overspent.slice(0, MAX_OVERSPENT_SENTENCES).map((line): NarrativeSentence => {
    const fy = line.fullYear;
    const text =
      fy.consumed === null
        ? `${lineLabel(line)} has spent ${formatMoney(line.ytd.actual, c)} YTD with no full-year budget.`
        : `${lineLabel(line)} has already used ${formatPercent(fy.consumed)} of its full-year budget (${formatMoney(line.ytd.actual, c)} of ${formatMoney(fy.budget, c)}).`;
    return { text, lineKeys: [line.key], cells: input.cellsOf([line.key], input.windows.fullYear) };
  });
  const rest = overspent.slice(MAX_OVERSPENT_SENTENCES);
  if (rest.length > 0) {
    const keys = rest.map((line) => line.key);
    sentences.push({
      text: `${rest.length} more ${rest.length === 1 ? 'line is' : 'lines are'} already over their full-year budget.`,
      lineKeys: keys,
      cells: input.cellsOf(keys, input.windows.fullYear),
    });
  }
  return sentences;
}

function unbudgetedSentence(input: NarrativeInput): NarrativeSentence | null {
  const lines = input.lines.filter((line) => line.unbudgeted && line.ytd.actual !== 0);
  if (lines.length === 0) return null;
  const total = lines.reduce((sum, line) => sum + (line.type === 'expense' ? line.ytd.actual : 0), 0);
  const names = listWords(
    lines
      .slice(0, 3)
      .map(lineLabel)
      .concat(lines.length > 3 ? [`${lines.length - 3} more`] : []),
  );
  const spend = total === 0 ? '' : ` (${formatMoney(total, input.currency)} of expenses YTD)`;
  const keys = lines.map((line) => line.key);
  return {
    text: `${lines.length} ${lines.length === 1 ? 'line has' : 'lines have'} actuals but no budget${spend}: ${names}.`,
    lineKeys: keys,
    cells: input.cellsOf(keys, input.windows.ytd),
  };
}

/**
 * Drafts the review's plain sentences, deterministically: YTD by type with the main driver, the month, the net
 * result, the full-year outlook, overspent and unbudgeted lines. Each sentence lists the lines its figures add up
 * and the budget and actual cells of those lines in the window it speaks of.
 */
export function narrative(input: NarrativeInput): NarrativeSentence[] {
  const byKey = new Map(input.lines.map((line) => [line.key, line]));
  const types = input.rollups.filter((rollup) => rollup.by === 'type');
  const total = input.rollups.find((rollup) => rollup.by === 'total');
  const sentences: NarrativeSentence[] = types.map((rollup) => typeYtdSentence(input, rollup, byKey));
  if (types.length > 0) sentences.push(monthSentence(input, types));
  if (total && types.length === 2) sentences.push(resultSentence(input, total));
  for (const rollup of types) sentences.push(outlookSentence(input, rollup));
  sentences.push(...overspentSentences(input));
  const unbudgeted = unbudgetedSentence(input);
  if (unbudgeted) sentences.push(unbudgeted);
  return sentences;
}
