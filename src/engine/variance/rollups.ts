import type { Rollup, VarianceCell, VarianceLine } from '../results/AnalysisResult';
import { fullYear } from './fullYear';
import { varianceCell, type Polarity } from './varianceCell';
import { materialityFor, type VarianceOptions } from './VarianceOptions';

/** Department key of lines that have none, in workbooks where other lines do. */
export const NO_DEPARTMENT = '(no department)';

type WindowName = 'month' | 'qtd' | 'ytd';
const WINDOWS: readonly WindowName[] = ['month', 'qtd', 'ytd'];

interface Totals {
  readonly budget: Record<WindowName, number>;
  readonly actual: Record<WindowName, number>;
  fyBudget: number;
  fyOutlook: number;
  expenseYtd: number;
  expenseBudget: number;
  readonly methods: Map<string, number>;
  readonly lineKeys: string[];
}

function emptyTotals(): Totals {
  return {
    budget: { month: 0, qtd: 0, ytd: 0 },
    actual: { month: 0, qtd: 0, ytd: 0 },
    fyBudget: 0,
    fyOutlook: 0,
    expenseYtd: 0,
    expenseBudget: 0,
    methods: new Map(),
    lineKeys: [],
  };
}

function totalsOf<K>(map: Map<K, Totals>, key: K): Totals {
  let totals = map.get(key);
  if (totals === undefined) {
    totals = emptyTotals();
    map.set(key, totals);
  }
  return totals;
}

/** Adds a line; `sign` is -1 when expenses are subtracted to give a result (revenue minus expense). */
function add(totals: Totals, line: VarianceLine, sign: number): void {
  for (const w of WINDOWS) {
    totals.budget[w] += sign * line[w].budget;
    totals.actual[w] += sign * line[w].actual;
  }
  totals.fyBudget += sign * line.fullYear.budget;
  totals.fyOutlook += sign * line.fullYear.outlook;
  if (line.type === 'expense') {
    totals.expenseYtd += line.ytd.actual;
    totals.expenseBudget += line.fullYear.budget;
  }
  const method = line.fullYear.outlookMethod;
  totals.methods.set(method, (totals.methods.get(method) ?? 0) + 1);
  totals.lineKeys.push(line.key);
}

/** One method when all lines share it, else e.g. "mixed: 3 forecast:ets, 2 remaining budget". */
function combinedMethod(methods: ReadonlyMap<string, number>): string {
  if (methods.size === 1) return [...methods.keys()][0];
  const parts = [...methods.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([m, n]) => `${n} ${m}`);
  return `mixed: ${parts.join(', ')}`;
}

function toRollup(
  by: Rollup['by'],
  key: string,
  label: string,
  totals: Totals,
  polarity: Polarity,
  options: VarianceOptions,
): Rollup {
  const limits = materialityFor(options, {
    account: null,
    accountCode: null,
    department: by === 'department' ? key : null,
  });
  const cell = (w: WindowName): VarianceCell => varianceCell(totals.budget[w], totals.actual[w], polarity, limits);
  const ytd = cell('ytd');
  return {
    by,
    key,
    label,
    month: cell('month'),
    qtd: cell('qtd'),
    ytd,
    fullYear: fullYear({
      budget: totals.fyBudget,
      outlook: totals.fyOutlook,
      actualYtd: ytd.actual,
      expenseYtd: totals.expenseYtd,
      expenseBudget: totals.expenseBudget,
      method: combinedMethod(totals.methods),
    }),
    lineKeys: totals.lineKeys,
  };
}

/**
 * Roll-ups by department and total as results (revenue minus expense, favourable when up), and by type with the
 * type's own sign (expenses favourable when down). Departments appear only when some line has one.
 */
export function rollups(lines: readonly VarianceLine[], options: VarianceOptions): Rollup[] {
  const departments = new Map<string, Totals>();
  const types = new Map<VarianceLine['type'], Totals>();
  const total = emptyTotals();
  const hasDepartments = lines.some((line) => line.department !== null);
  for (const line of lines) {
    const sign = line.type === 'expense' ? -1 : 1;
    if (hasDepartments) {
      add(totalsOf(departments, line.department ?? NO_DEPARTMENT), line, sign);
    }
    add(totalsOf(types, line.type), line, 1);
    add(total, line, sign);
  }
  const result: Rollup[] = [];
  for (const [name, totals] of departments) result.push(toRollup('department', name, name, totals, 'revenue', options));
  for (const type of ['revenue', 'expense'] as const) {
    const totals = types.get(type);
    if (totals) result.push(toRollup('type', type, type === 'revenue' ? 'Revenue' : 'Expenses', totals, type, options));
  }
  result.push(toRollup('total', 'total', 'Net result', total, 'revenue', options));
  return result;
}
