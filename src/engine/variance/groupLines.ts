import type { Diagnostic } from '../diagnostics';
import type { AccountType, FinanceFact, Period, Scenario, SourceRef } from '../read/datasets';

/** One scenario of one line: amount and source cells by month. */
export interface ScenarioAmounts {
  /** Amount by month; duplicates are added together. */
  readonly amounts: ReadonlyMap<Period, number>;
  /** The first cell of each month; further cells of duplicates are in `moreCells`. */
  readonly cells: ReadonlyMap<Period, SourceRef>;
  readonly moreCells: ReadonlyMap<Period, readonly SourceRef[]>;
}

/** All facts of one line (account, department, further dimensions), indexed by scenario and month. */
export interface LineFacts {
  readonly key: string;
  readonly account: string;
  readonly accountCode: string | null;
  readonly department: string | null;
  readonly dims: Readonly<Record<string, string>>;
  readonly type: AccountType;
  readonly scenarios: Readonly<Partial<Record<Scenario, ScenarioAmounts>>>;
  /** Every cell the line was read from, in reading order. */
  readonly sources: readonly SourceRef[];
}

/** The line's amount of one scenario and month, or undefined when the workbook has none. */
export function amountAt(line: LineFacts, scenario: Scenario, period: Period): number | undefined {
  return line.scenarios[scenario]?.amounts.get(period);
}

/** The cells a line's amount of one scenario and month was read from (several when duplicates were added). */
export function cellsAt(line: LineFacts, scenario: Scenario, period: Period): readonly SourceRef[] {
  const cells: SourceRef[] = [];
  pushCellsAt(line, scenario, period, cells);
  return cells;
}

/** {@link cellsAt} appended to `into`: narratives collect hundreds of thousands of cells, without a copy each. */
export function pushCellsAt(line: LineFacts, scenario: Scenario, period: Period, into: SourceRef[]): void {
  const amounts = line.scenarios[scenario];
  const first = amounts?.cells.get(period);
  if (amounts === undefined || first === undefined) return;
  into.push(first);
  const more = amounts.moreCells.get(period);
  if (more !== undefined) for (const cell of more) into.push(cell);
}

function hasKeys(record: Readonly<Record<string, string>>): boolean {
  for (const _ in record) return true;
  return false;
}

/**
 * The stable key of a line: account, then department and further dimensions when present, joined by " | "
 * (e.g. "6100 Travel | Marketing | Region=North"). Dimensions are sorted by name so column order does not matter.
 */
export function lineKey(fact: Pick<FinanceFact, 'account' | 'department' | 'dims'>): string {
  const head = fact.department === null ? fact.account : `${fact.account} | ${fact.department}`;
  if (!hasKeys(fact.dims)) return head;
  const names = Object.keys(fact.dims).sort();
  return `${head} | ${names.map((name) => `${name}=${fact.dims[name]}`).join(' | ')}`;
}

/**
 * `lineKey` for facts taken one after another, made once per run of facts of one line: a wide row gives its twelve
 * months in a row (60,000 facts, 5,000 lines), and the key is the costliest part of following them. The same key
 * string is returned through a run, so a caller can tell a new line by `!==`.
 */
export function lineKeyOfRun(): (fact: Pick<FinanceFact, 'account' | 'department' | 'dims'>) => string {
  let previous: Pick<FinanceFact, 'account' | 'department' | 'dims'> | null = null;
  let key = '';
  return (fact) => {
    if (
      previous === null ||
      previous.dims !== fact.dims ||
      previous.account !== fact.account ||
      previous.department !== fact.department
    )
      key = lineKey(fact);
    previous = fact;
    return key;
  };
}

interface MutableScenario {
  readonly amounts: Map<Period, number>;
  readonly cells: Map<Period, SourceRef>;
  readonly moreCells: Map<Period, SourceRef[]>;
}

interface MutableLine extends Omit<LineFacts, 'scenarios' | 'sources'> {
  readonly scenarios: Partial<Record<Scenario, MutableScenario>>;
  readonly sources: SourceRef[];
}

const SCENARIO_WORDS: Record<Scenario, string> = {
  budget: 'budget',
  actual: 'actual',
  forecast: 'forecast',
  priorYear: 'prior-year',
};

function newLine(key: string, fact: FinanceFact): MutableLine {
  const { account, accountCode, department, dims, type } = fact;
  return { key, account, accountCode, department, dims, type, scenarios: {}, sources: [] };
}

/**
 * Groups facts into lines. A line whose facts disagree on revenue/expense keeps the first type, and two facts for
 * the same line, scenario and month are added together; both are reported as warnings on the later cell.
 */
export function groupLines(facts: readonly FinanceFact[]): { lines: LineFacts[]; diagnostics: Diagnostic[] } {
  const byKey = new Map<string, MutableLine>();
  const diagnostics: Diagnostic[] = [];
  const keyOf = lineKeyOfRun();
  let key: string | null = null;
  let line: MutableLine | undefined;
  for (const fact of facts) {
    if (!Number.isFinite(fact.amount)) {
      diagnostics.push({
        severity: 'error',
        sheet: fact.source.sheet,
        cell: fact.source.cell,
        message: `${fact.source.cell} does not hold a usable amount for "${fact.account}" (${fact.period}); it was left out.`,
        code: 'not-finite',
      });
      continue;
    }
    const factKey = keyOf(fact);
    if (factKey !== key) {
      key = factKey;
      line = byKey.get(key);
    }
    if (line === undefined) {
      line = newLine(key, fact);
      byKey.set(key, line);
    } else if (line.type !== fact.type) {
      diagnostics.push({
        severity: 'warning',
        sheet: fact.source.sheet,
        cell: fact.source.cell,
        message: `"${key}" is read as ${fact.type} here but as ${line.type} elsewhere; it is treated as ${line.type}.`,
        code: 'type-conflict',
      });
    }
    let scenario = line.scenarios[fact.scenario];
    if (scenario === undefined) {
      scenario = { amounts: new Map(), cells: new Map(), moreCells: new Map() };
      line.scenarios[fact.scenario] = scenario;
    }
    const first = scenario.cells.get(fact.period);
    if (first === undefined) {
      scenario.amounts.set(fact.period, fact.amount);
      scenario.cells.set(fact.period, fact.source);
    } else {
      scenario.amounts.set(fact.period, (scenario.amounts.get(fact.period) ?? 0) + fact.amount);
      const more = scenario.moreCells.get(fact.period);
      if (more === undefined) scenario.moreCells.set(fact.period, [fact.source]);
      else more.push(fact.source);
      diagnostics.push({
        severity: 'warning',
        sheet: fact.source.sheet,
        cell: fact.source.cell,
        message:
          `"${key}" has more than one ${SCENARIO_WORDS[fact.scenario]} amount for ${fact.period} ` +
          `(also ${first.sheet}!${first.cell}); the amounts were added together.`,
        code: 'duplicate-line',
      });
    }
    line.sources.push(fact.source);
  }
  return { lines: [...byKey.values()], diagnostics };
}
