/**
 * The P&L as its source lays it out: lines in the order of the source sheet, with its section headings, its
 * subtotals and its derived rows (Gross profit, EBITDA) computed from the analysed lines, then the net result.
 * The reader leaves those rows out of the analysis (they would double count), and lists them with their sheet and
 * row; this puts them back where they were, with figures the pack computes itself rather than copies.
 */
import type { ExcludedRowSchema, VarianceCell, VarianceLine } from '../results/AnalysisResult';
import type { AnalysisResult } from '../results/AnalysisResult';
import type { z } from 'zod';

type ExcludedRow = z.infer<typeof ExcludedRowSchema>;

/** Budget and actual of a window, with what the comparison means for the result. */
export type PlCell = Pick<VarianceCell, 'budget' | 'actual' | 'variance' | 'variancePct' | 'favourable'>;

/** Full-year budget and outlook. */
export interface PlFullYear {
  readonly budget: number;
  readonly outlook: number;
  readonly variance: number;
  readonly variancePct: number | null;
  readonly favourable: boolean;
  readonly consumed: number | null;
}

/** Actual against prior year in one window, null without prior-year figures. */
export interface PlPrior {
  readonly value: number;
  readonly delta: number;
  readonly deltaPct: number | null;
  readonly favourable: boolean;
}

/** One row of the P&L: a line, a heading, a row computed from the lines, or lines folded together (`foldPlRows`). */
export interface PlRow {
  readonly kind: 'line' | 'section' | 'subtotal' | 'derived' | 'other';
  readonly label: string;
  readonly line?: VarianceLine;
  readonly month?: PlCell;
  readonly ytd?: PlCell;
  readonly fullYear?: PlFullYear;
  readonly priorMonth?: PlPrior | null;
  readonly priorYtd?: PlPrior | null;
}

const rowOf = (cell: string): number => Number(/\d+$/.exec(cell)?.[0] ?? NaN);

/** The sheet most lines were read from: the P&L the pack follows. */
function mainSheet(lines: readonly VarianceLine[]): string | null {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const sheet = line.sources[0]?.sheet;
    if (sheet !== undefined) counts.set(sheet, (counts.get(sheet) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [sheet, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = sheet;
  return best;
}

const pct = (delta: number, base: number): number | null => (base === 0 ? null : delta / Math.abs(base));

/** A window's figures from its budget and actual; `good` says whether a variance helps the result. */
export function plCell(budget: number, actual: number, good: (variance: number) => boolean): PlCell {
  const variance = actual - budget;
  return { budget, actual, variance, variancePct: pct(variance, budget), favourable: good(variance) };
}

/** Sums lines into one row; `asResult` signs revenue plus and expenses minus (a result), else plain sums. */
export function sumRow(kind: PlRow['kind'], label: string, lines: readonly VarianceLine[], asResult: boolean): PlRow {
  const allExpense = !asResult && lines.length > 0 && lines.every((l) => l.type === 'expense');
  const sign = (l: VarianceLine): number => (asResult && l.type === 'expense' ? -1 : 1);
  const total = (pick: (l: VarianceLine) => number): number => lines.reduce((s, l) => s + sign(l) * pick(l), 0);
  const good = (variance: number): boolean => (allExpense ? variance <= 0 : variance >= 0);
  const cell = (window: 'month' | 'ytd'): PlCell =>
    plCell(
      total((l) => l[window].budget),
      total((l) => l[window].actual),
      good,
    );
  const fyBudget = total((l) => l.fullYear.budget);
  const fyOutlook = total((l) => l.fullYear.outlook);
  const prior = (window: 'month' | 'ytd'): PlPrior | null => {
    const withPrior = lines.filter((l) => l.priorYear?.[window]);
    if (withPrior.length === 0) return null;
    const value = withPrior.reduce((s, l) => s + sign(l) * (l.priorYear?.[window]?.value ?? 0), 0);
    const actual = withPrior.reduce((s, l) => s + sign(l) * l[window].actual, 0);
    const delta = actual - value;
    return { value, delta, deltaPct: pct(delta, value), favourable: good(delta) };
  };
  return {
    kind,
    label,
    month: cell('month'),
    ytd: cell('ytd'),
    fullYear: {
      budget: fyBudget,
      outlook: fyOutlook,
      variance: fyOutlook - fyBudget,
      variancePct: pct(fyOutlook - fyBudget, fyBudget),
      favourable: good(fyOutlook - fyBudget),
      consumed: fyBudget === 0 ? null : total((l) => l.ytd.actual) / fyBudget,
    },
    priorMonth: prior('month'),
    priorYtd: prior('ytd'),
  };
}

function lineRow(line: VarianceLine): PlRow {
  const row = sumRow('line', line.account, [line], false);
  const fav = (v: number): boolean => (line.type === 'expense' ? v <= 0 : v >= 0);
  return {
    ...row,
    line,
    month: line.month,
    ytd: line.ytd,
    fullYear: { ...line.fullYear, favourable: fav(line.fullYear.variance) },
  };
}

/** Rows of the source sheet that the pack shows again: headings, subtotals and derived rows (not footnotes). */
function structureRows(excluded: readonly ExcludedRow[], sheet: string): ExcludedRow[] {
  return excluded
    .filter((r) => r.sheet === sheet && (r.label ?? '').trim() !== '')
    .filter((r) => r.reason === 'section' || r.reason === 'subtotal' || r.reason === 'total')
    .filter((r) => r.detail !== 'footnote' && r.detail !== 'repeated header');
}

/**
 * The P&L rows of `result` in source order. Without a source sheet to follow (lines from long tables, or no
 * structure rows), the lines keep the analysis' order under Revenue and Expenses headings.
 */
export function plRows(result: AnalysisResult): PlRow[] {
  const lines = result.variance.lines;
  const sheet = mainSheet(lines);
  const structure = sheet === null ? [] : structureRows(result.variance.excludedRows, sheet);
  const placed = lines.map((line, index) => {
    const source = line.sources.find((s) => s.sheet === sheet);
    return { line, row: source ? rowOf(source.cell) : Number.POSITIVE_INFINITY, index };
  });
  const items: ({ row: number; line: VarianceLine } | { row: number; excluded: ExcludedRow })[] = [
    ...placed.sort((a, b) => a.row - b.row || a.index - b.index).map((p) => ({ row: p.row, line: p.line })),
    ...structure.map((excluded) => ({ row: excluded.row, excluded })),
  ].sort((a, b) => a.row - b.row);
  if (structure.length === 0) {
    return [
      ...(['revenue', 'expense'] as const).flatMap((type) => {
        const ofType = lines.filter((l) => l.type === type);
        if (ofType.length === 0) return [];
        const label = type === 'revenue' ? 'Revenue' : 'Expenses';
        return [
          { kind: 'section' as const, label },
          ...ofType.map(lineRow),
          sumRow('subtotal', `Total ${label.toLowerCase()}`, ofType, false),
        ];
      }),
      sumRow('derived', 'Net result', lines, true),
    ];
  }
  const rows: PlRow[] = [];
  const above: VarianceLine[] = [];
  let block: VarianceLine[] = [];
  for (const item of items) {
    if ('line' in item) {
      rows.push(lineRow(item.line));
      above.push(item.line);
      block.push(item.line);
      continue;
    }
    const { excluded } = item;
    const label = (excluded.label ?? '').trim();
    if (excluded.reason === 'section') {
      rows.push({ kind: 'section', label });
      block = [];
    } else if (excluded.detail?.startsWith('derived') || excluded.reason === 'total') {
      // A derived row (Gross profit, EBITDA, Net income) is the result of every line above it; a grand total of
      // one kind ("Total expenses") sums the lines of that kind above it.
      const kind = /revenue|income|sales/i.test(label) ? 'revenue' : /cost|expense/i.test(label) ? 'expense' : null;
      const derived = excluded.detail?.startsWith('derived') === true || kind === null;
      rows.push(
        derived
          ? sumRow('derived', label, above, true)
          : sumRow(
              'subtotal',
              label,
              above.filter((l) => l.type === kind),
              false,
            ),
      );
      block = [];
    } else {
      rows.push(sumRow('subtotal', label, block, false));
      block = [];
    }
  }
  const last = rows[rows.length - 1];
  if (last?.kind !== 'derived' || above.length !== lines.length) {
    rows.push(sumRow('derived', 'Net result', lines, true));
  }
  return rows;
}
