import type { Period, UnreadableCell } from '../read/datasets';
import type { QualityIssue } from '../results/AnalysisResult';
import { periodLabel } from '../period/periodLabel';
import { amountAt, lineKey, type LineFacts } from './groupLines';
import type { Windows } from './windows';

/** The unreadable cells of one line in the months under review, and the months left out when comparing like for like. */
export interface LineGaps {
  readonly cells: readonly UnreadableCell[];
  /** Months whose budget and actual both stay out of the line's month, QTD and YTD. Empty when not like for like. */
  readonly months: ReadonlySet<Period>;
}

/**
 * Groups the reader's unreadable cells by variance line (the key of `lineKey`), keeping those of the fiscal year up
 * to the period: a bad cell in a later month rests under no figure of this review.
 */
export function gapsByLine(
  unreadable: readonly UnreadableCell[],
  windows: Windows,
  likeForLike: boolean,
): Map<string, LineGaps> {
  const ytd = new Set(windows.ytd);
  const out = new Map<string, { cells: UnreadableCell[]; months: Set<Period> }>();
  for (const cell of unreadable) {
    if (cell.figure.kind !== 'line' || !ytd.has(cell.period)) continue;
    const key = lineKey(cell.figure.line);
    let gaps = out.get(key);
    if (gaps === undefined) {
      gaps = { cells: [], months: new Set() };
      out.set(key, gaps);
    }
    gaps.cells.push(cell);
    const compared = cell.figure.scenario === 'actual' || cell.figure.scenario === 'budget';
    if (likeForLike && compared) gaps.months.add(cell.period);
  }
  return out;
}

const SCENARIO_WORDS = { budget: 'budget', actual: 'actual', forecast: 'forecast', priorYear: 'prior-year figure' };

/** What was done with each unreadable cell of a line, in a sentence for the pane and the pack. */
export function lineIssues(line: LineFacts, gaps: LineGaps, windows: Windows, currency: string): QualityIssue[] {
  return gaps.cells.map((cell) => {
    const within = [
      ...(windows.month.includes(cell.period) ? ['month'] : []),
      ...(windows.qtd.includes(cell.period) ? ['QTD'] : []),
      'YTD',
    ];
    const figures =
      within.length === 1 ? within[0] : `${within.slice(0, -1).join(', ')} and ${within[within.length - 1]}`;
    const scenario = cell.figure.kind === 'line' ? cell.figure.scenario : 'actual';
    const month = periodLabel(cell.period);
    const head = `${shownWhere(cell)} the ${month} ${SCENARIO_WORDS[scenario]} should be`;
    let text: string;
    if (scenario !== 'actual' && scenario !== 'budget') {
      text = `${head}; it is left out of the ${SCENARIO_WORDS[scenario]} comparison.`;
    } else {
      const other = scenario === 'actual' ? 'budget' : 'actual';
      const otherAmount = amountAt(line, other, cell.period);
      // Exact, not rounded to "1.0k": a reader checks this figure against the cell.
      const amount = otherAmount === undefined ? 'none' : exactMoney(otherAmount, currency);
      text = gaps.months.has(cell.period)
        ? `${head}; that month's ${other} (${amount}) is left out of the line's ${figures} too, so it compares like for like.`
        : `${head}; it counts as 0 against that month's ${other} (${amount}).`;
    }
    return qualityIssue(cell, text);
  });
}

/** "Actuals!H7 shows #N/A where" or "KPIs!P6 shows "tbd" where": the start of every sentence about such a cell. */
export function shownWhere(cell: UnreadableCell): string {
  const shown = cell.issue === 'text-in-number' ? `"${cell.shown}"` : cell.shown;
  return `${cell.source.sheet}!${cell.source.cell} shows ${shown} where`;
}

/** The result document's mark for one unreadable cell, with the sentence saying what was done. */
export function qualityIssue(cell: UnreadableCell, text: string): QualityIssue {
  return {
    sheet: cell.source.sheet,
    cell: cell.source.cell,
    issue: cell.issue,
    shown: cell.shown,
    period: cell.period,
    text,
  };
}

function exactMoney(value: number, currency: string): string {
  const digits = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return value < 0 ? `-${currency}${digits.slice(1)}` : `${currency}${digits}`;
}
