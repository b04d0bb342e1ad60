import type { Diagnostic } from '../diagnostics';
import { periodName } from './cellDiagnostics';
import type { AccountType, FinanceFact } from './datasets';

/**
 * Conventions of one finance table brought to the one the analyses use: revenue and expense both as positive
 * amounts, and months with no actuals yet absent rather than zero. Each change is said in a diagnostic.
 */
export function normaliseTableFacts(
  facts: readonly FinanceFact[],
  sheet: string,
  diagnostics: Diagnostic[],
): FinanceFact[] {
  return normaliseSigns(dropUnreportedActuals(facts, sheet, diagnostics), sheet, diagnostics);
}

/**
 * Actual months after the last month with any non-zero amount, where every line is zero, are months not reported
 * yet (an actuals sheet fed by formulas shows 0 or "-" for them): their zeros are dropped, as blank cells would be.
 */
export function dropUnreportedActuals(
  facts: readonly FinanceFact[],
  sheet: string,
  diagnostics: Diagnostic[],
): FinanceFact[] {
  const actual = facts.filter((f) => f.scenario === 'actual');
  if (new Set(actual.map((f) => f.account)).size < 2) return [...facts];
  const reported = actual.filter((f) => f.amount !== 0).map((f) => f.period);
  if (reported.length === 0) return [...facts];
  const last = reported.reduce((a, b) => (a > b ? a : b));
  const later = [...new Set(actual.filter((f) => f.period > last).map((f) => f.period))].sort();
  if (later.length === 0) return [...facts];
  diagnostics.push({
    severity: 'info',
    sheet,
    cell: null,
    code: 'actuals-not-reported',
    message: `Actuals on "${sheet}" are zero on every line from ${periodName(later[0])}${later.length > 1 ? ` to ${periodName(later[later.length - 1])}` : ''}; read as not reported yet, so the last month of actuals is ${periodName(last)}.`,
  });
  return facts.filter((f) => !(f.scenario === 'actual' && f.period > last));
}

/**
 * A table that writes all its expenses (or all its revenue, as ledger exports do with credits) as negative numbers
 * follows a sign convention, not a business reality: those amounts are turned positive. At least three lines and
 * four in five non-zero amounts must be negative, so a single negative line (a refund, a loss) is kept as written.
 */
export function normaliseSigns(facts: readonly FinanceFact[], sheet: string, diagnostics: Diagnostic[]): FinanceFact[] {
  const flip = new Set<AccountType>();
  for (const type of ['revenue', 'expense'] as const) {
    const ofType = facts.filter((f) => f.type === type && f.amount !== 0);
    const lines = new Set(ofType.map((f) => `${f.account}|${f.department ?? ''}`));
    const negative = ofType.filter((f) => f.amount < 0).length;
    if (lines.size >= 3 && negative >= 0.8 * ofType.length) {
      flip.add(type);
      diagnostics.push({
        severity: 'info',
        sheet,
        cell: ofType[0].source.cell,
        code: 'sign-convention',
        message: `${type === 'revenue' ? 'Revenue' : 'Expenses'} on "${sheet}" are written as negative numbers; they were read as positive ${type === 'revenue' ? 'revenue' : 'costs'}, and the few positive ones as reversals.`,
      });
    }
  }
  if (flip.size === 0) return [...facts];
  return facts.map((f) => (flip.has(f.type) ? { ...f, amount: f.amount === 0 ? 0 : -f.amount } : f));
}
