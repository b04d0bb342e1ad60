import type { AccountType, FinanceFact, Period, Scenario } from '../../../src/engine/read/datasets';
import { columnLetters } from '../../../src/engine/grid/address';

/** One line of a hand-made test workbook: an amount per month per scenario, months in order from `from`. */
export interface LineSpec {
  readonly account: string;
  readonly department?: string | null;
  readonly dims?: Record<string, string>;
  readonly type: AccountType;
  readonly amounts: Partial<Record<Scenario, readonly number[]>>;
  /** First month of every scenario's amounts. @default "2026-01" */
  readonly from?: Period;
}

function monthAfter(period: Period, months: number): Period {
  const index = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const SHEETS: Record<Scenario, string> = {
  budget: 'Budget',
  actual: 'Actuals',
  forecast: 'Forecast',
  priorYear: 'Prior year',
};

/**
 * Facts laid out as a wide workbook would give them: one sheet per scenario, line i on row i + 5, month j in
 * column C + j, so tests can state the source cell of every figure.
 */
export function makeFacts(specs: readonly LineSpec[]): FinanceFact[] {
  const facts: FinanceFact[] = [];
  specs.forEach((spec, i) => {
    for (const [scenario, amounts] of Object.entries(spec.amounts) as [Scenario, readonly number[]][]) {
      amounts.forEach((amount, j) =>
        facts.push({
          scenario,
          account: spec.account,
          accountCode: null,
          department: spec.department ?? null,
          dims: spec.dims ?? {},
          type: spec.type,
          period: monthAfter(spec.from ?? '2026-01', j),
          amount,
          source: { sheet: SHEETS[scenario], cell: `${columnLetters(2 + j)}${i + 5}` },
        }),
      );
    }
  });
  return facts;
}

/** The calendar fiscal year 2026. */
export const FY2026 = {
  startMonth: 1,
  label: 'FY2026',
  periods: Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
};

/** `n` copies of `value`. */
export const repeat = (value: number, n: number): number[] => new Array<number>(n).fill(value);
