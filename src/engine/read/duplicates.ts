import type { Diagnostic } from '../diagnostics';
import { periodName } from './cellDiagnostics';
import type { FinanceFact } from './datasets';

/**
 * Merges facts that share scenario, account type, account, code, department, dimensions and month ("Other" under
 * Revenue and "Other" under Expenses are two lines). With "sum" their amounts are
 * added (a warning names both cells); with "reject" the first is kept and each later one is reported as an error.
 */
export function mergeDuplicates(
  facts: readonly FinanceFact[],
  mode: 'sum' | 'reject',
  diagnostics: Diagnostic[],
): FinanceFact[] {
  const byKey = new Map<string, number>();
  const out: FinanceFact[] = [];
  for (const fact of facts) {
    const dims = Object.keys(fact.dims)
      .sort()
      .map((k) => `${k}=${fact.dims[k]}`)
      .join(';');
    const key = [
      fact.scenario,
      fact.type,
      fact.account.toLowerCase(),
      fact.accountCode ?? '',
      (fact.department ?? '').toLowerCase(),
      dims,
      fact.period,
    ].join('|');
    const at = byKey.get(key);
    if (at === undefined) {
      byKey.set(key, out.length);
      out.push(fact);
      continue;
    }
    const first = out[at];
    const line = `${fact.account}${fact.department ? ` (${fact.department})` : ''}`;
    const where = `${first.source.sheet}!${first.source.cell}`;
    if (mode === 'sum') {
      out[at] = { ...first, amount: first.amount + fact.amount };
      diagnostics.push({
        severity: 'warning',
        sheet: fact.source.sheet,
        cell: fact.source.cell,
        code: 'duplicate-key',
        message: `${line} appears twice for ${periodName(fact.period)} (${where} and ${fact.source.cell}); the two amounts were added.`,
      });
    } else {
      diagnostics.push({
        severity: 'error',
        sheet: fact.source.sheet,
        cell: fact.source.cell,
        code: 'duplicate-key',
        message: `${line} appears twice for ${periodName(fact.period)} (${where} and ${fact.source.cell}); only the first was kept.`,
      });
    }
  }
  return out;
}
