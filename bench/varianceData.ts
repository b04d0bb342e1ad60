// Synthetic workbook of the variance benchmark: a Budget and an Actuals sheet in the most common wide layout
// (Account | Department | Jan-26 ... Dec-26), with amounts from a fixed-seed generator so every run times the same data.
import type { Grid } from '../src/engine/grid/Grid';
import type { FinanceFact, Scenario } from '../src/engine/read/datasets';
import { columnLetters } from '../src/engine/grid/address';

const DEPARTMENTS = ['Sales', 'Marketing', 'Operations', 'Finance', 'IT', 'HR', 'Logistics', 'Support'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** mulberry32: a tiny seeded generator, enough for reproducible synthetic amounts. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One synthetic line: revenue accounts are 4xxx, expense accounts 6xxx, as in a chart of accounts. */
interface SyntheticLine {
  readonly account: string;
  readonly department: string;
  readonly budget: number[];
  readonly actual: number[];
}

export function syntheticLines(count: number, seed = 20261125): SyntheticLine[] {
  const random = generator(seed);
  return Array.from({ length: count }, (_, i) => {
    const revenue = i % 5 === 0;
    const account = `${revenue ? 4000 + (i % 1000) : 6000 + (i % 1000)} ${revenue ? 'Sales' : 'Cost'} ${i}`;
    const level = Math.round(1000 + random() * 99000);
    const budget = MONTHS.map(() => level);
    const actual = budget.map((b) => Math.round(b * (0.8 + random() * 0.4) * 100) / 100);
    return { account, department: DEPARTMENTS[i % DEPARTMENTS.length], budget, actual };
  });
}

/** The two sheets as grids, header on row 1, one line per row from row 2. */
export function syntheticGrids(lines: readonly SyntheticLine[]): Grid[] {
  const header = ['Account', 'Department', ...MONTHS.map((m) => `${m}-26`)];
  const sheet = (name: string, pick: (line: SyntheticLine) => number[]): Grid => ({
    sheet: name,
    address: 'A1',
    values: [header, ...lines.map((line) => [line.account, line.department, ...pick(line)])],
  });
  return [sheet('Budget', (l) => l.budget), sheet('Actuals', (l) => l.actual)];
}

/** The facts a reader should produce from {@link syntheticGrids}. */
export function syntheticFacts(lines: readonly SyntheticLine[]): FinanceFact[] {
  const facts: FinanceFact[] = [];
  const scenarios: [Scenario, string, (line: SyntheticLine) => number[]][] = [
    ['budget', 'Budget', (l) => l.budget],
    ['actual', 'Actuals', (l) => l.actual],
  ];
  for (const [scenario, sheet, pick] of scenarios) {
    lines.forEach((line, row) =>
      pick(line).forEach((amount, m) =>
        facts.push({
          scenario,
          account: line.account,
          accountCode: null,
          department: line.department,
          dims: {},
          type: line.account.startsWith('4') ? 'revenue' : 'expense',
          period: `2026-${String(m + 1).padStart(2, '0')}`,
          amount,
          source: { sheet, cell: `${columnLetters(m + 2)}${row + 2}` },
        }),
      ),
    );
  }
  return facts;
}
