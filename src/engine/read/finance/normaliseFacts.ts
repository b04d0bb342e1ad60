import type { AccountType, FinanceFact, Period } from '../datasets';
import type { ReadSink } from '../ReadSink';
import { shortPeriodLabel } from '../../period/periodLabel';

/**
 * Conventions of one finance table brought to the one the analyses use: revenue and expense both as positive
 * amounts, and months with no actuals yet absent rather than zero. Each change is said in a diagnostic.
 */
export function normaliseTableFacts(facts: readonly FinanceFact[], sheet: string, sink: ReadSink): FinanceFact[] {
  return normaliseSigns(dropUnreportedActuals(facts, sheet, sink), sheet, sink);
}

/**
 * Actual months after the last month with any non-zero amount, where every line is zero, are months not reported
 * yet (an actuals sheet fed by formulas shows 0 or "-" for them): their zeros are dropped, as blank cells would be.
 */
export function dropUnreportedActuals(facts: readonly FinanceFact[], sheet: string, sink: ReadSink): FinanceFact[] {
  // One pass over the facts: a table holds tens of thousands of them, its months and accounts are few.
  let firstAccount: string | null = null;
  let severalAccounts = false;
  let last: Period | null = null;
  const actualPeriods = new Set<Period>();
  for (const f of facts) {
    if (f.scenario !== 'actual') continue;
    if (firstAccount === null) firstAccount = f.account;
    else if (f.account !== firstAccount) severalAccounts = true;
    if (f.amount !== 0 && (last === null || f.period > last)) last = f.period;
    actualPeriods.add(f.period);
  }
  if (!severalAccounts || last === null) return facts.slice();
  const reportedTo = last;
  const later = [...actualPeriods].filter((p) => p > reportedTo).sort();
  if (later.length === 0) return facts.slice();
  sink.diagnostics.push({
    severity: 'info',
    sheet,
    cell: null,
    code: 'actuals-not-reported',
    message: `Actuals on "${sheet}" are zero on every line from ${shortPeriodLabel(later[0])}${later.length > 1 ? ` to ${shortPeriodLabel(later[later.length - 1])}` : ''}; read as not reported yet, so the last month of actuals is ${shortPeriodLabel(reportedTo)}.`,
  });
  return facts.filter((f) => !(f.scenario === 'actual' && f.period > reportedTo));
}

/**
 * A table that writes all its expenses (or all its revenue, as ledger exports do with credits) as negative numbers
 * follows a sign convention, not a business reality: those amounts are turned positive. At least three lines and
 * four in five non-zero amounts must be negative, so a single negative line (a refund, a loss) is kept as written.
 */
export function normaliseSigns(facts: readonly FinanceFact[], sheet: string, sink: ReadSink): FinanceFact[] {
  const tally = { revenue: new SignTally(), expense: new SignTally() };
  for (const f of facts) if (f.amount !== 0) tally[f.type].add(f);
  const flip = new Set<AccountType>();
  for (const type of ['revenue', 'expense'] as const) {
    const { count, negative, lines, firstCell } = tally[type];
    if (lines >= 3 && negative >= 0.8 * count) {
      flip.add(type);
      sink.diagnostics.push({
        severity: 'info',
        sheet,
        cell: firstCell,
        code: 'sign-convention',
        message: `${type === 'revenue' ? 'Revenue' : 'Expenses'} on "${sheet}" are written as negative numbers; they were read as positive ${type === 'revenue' ? 'revenue' : 'costs'}, and the few positive ones as reversals.`,
      });
    }
  }
  if (flip.size === 0) return facts.slice();
  return facts.map((f) => (flip.has(f.type) ? { ...f, amount: f.amount === 0 ? 0 : -f.amount } : f));
}

/** Non-zero amounts of one account type: how many, how many negative, and whether they span three lines. */
class SignTally {
  count = 0;
  negative = 0;
  firstCell: string | null = null;
  private readonly seen = new Set<string>();
  private previous: FinanceFact | null = null;

  /** Distinct lines seen, counted only up to the three the rule needs. */
  get lines(): number {
    return this.seen.size;
  }

  add(f: FinanceFact): void {
    if (this.count === 0) this.firstCell = f.source.cell;
    this.count++;
    if (f.amount < 0) this.negative++;
    const previous = this.previous;
    this.previous = f;
    if (this.seen.size >= 3) return;
    if (previous !== null && previous.account === f.account && previous.department === f.department) return;
    this.seen.add(`${f.account}|${f.department ?? ''}`);
  }
}
