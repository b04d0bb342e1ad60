import type { FinanceFact, Period, Scenario } from '../datasets';
import type { ReadSink } from '../ReadSink';
import { shortPeriodLabel } from '../../period/periodLabel';

/**
 * Merges facts that share scenario, account type, account, code, department, dimensions and month ("Other" under
 * Revenue and "Other" under Expenses are two lines). With "sum" their amounts are
 * added (a warning names both cells); with "reject" the first is kept and each later one is reported as an error.
 */
export function mergeDuplicates(facts: readonly FinanceFact[], mode: 'sum' | 'reject', sink: ReadSink): FinanceFact[] {
  // Keyed by line, then scenario and month: the line key is built and looked up once per run of facts from the same
  // row (a wide row gives twelve facts sharing account, department and dimensions), not once per fact.
  const byLine = new Map<string, Map<Scenario, Map<Period, number>>>();
  const out: FinanceFact[] = [];
  let previous: FinanceFact | null = null;
  let slots = new Map<Scenario, Map<Period, number>>();
  for (const fact of facts) {
    if (previous === null || !sameLine(previous, fact)) {
      const key = lineKey(fact);
      const known = byLine.get(key);
      if (known === undefined) {
        slots = new Map();
        byLine.set(key, slots);
      } else slots = known;
    }
    previous = fact;
    let byPeriod = slots.get(fact.scenario);
    if (byPeriod === undefined) {
      byPeriod = new Map();
      slots.set(fact.scenario, byPeriod);
    }
    const at = byPeriod.get(fact.period);
    if (at === undefined) {
      byPeriod.set(fact.period, out.length);
      out.push(fact);
      continue;
    }
    const first = out[at];
    const line = `${fact.account}${fact.department ? ` (${fact.department})` : ''}`;
    const where = `${first.source.sheet}!${first.source.cell}`;
    if (mode === 'sum') {
      out[at] = { ...first, amount: first.amount + fact.amount };
      sink.diagnostics.push({
        severity: 'warning',
        sheet: fact.source.sheet,
        cell: fact.source.cell,
        code: 'duplicate-key',
        message: `${line} appears twice for ${shortPeriodLabel(fact.period)} (${where} and ${fact.source.cell}); the two amounts were added.`,
      });
    } else {
      sink.diagnostics.push({
        severity: 'error',
        sheet: fact.source.sheet,
        cell: fact.source.cell,
        code: 'duplicate-key',
        message: `${line} appears twice for ${shortPeriodLabel(fact.period)} (${where} and ${fact.source.cell}); only the first was kept.`,
      });
    }
  }
  return out;
}

/** Type, account, code, department and dimensions, as matched: names ignore case, dimensions their column order. */
export function lineKey(fact: Pick<FinanceFact, 'type' | 'account' | 'accountCode' | 'department' | 'dims'>): string {
  const dims = Object.keys(fact.dims)
    .sort()
    .map((k) => `${k}=${fact.dims[k]}`)
    .join(';');
  return [
    fact.type,
    fact.account.toLowerCase(),
    fact.accountCode ?? '',
    (fact.department ?? '').toLowerCase(),
    dims,
  ].join('|');
}

function sameLine(a: FinanceFact, b: FinanceFact): boolean {
  return (
    a.dims === b.dims &&
    a.account === b.account &&
    a.accountCode === b.accountCode &&
    a.department === b.department &&
    a.type === b.type
  );
}
