import type { ReadContext } from '../ReadContext';
import type { AccountType } from '../datasets';
import { normalizeText } from '../cells/text';

/** Where a line's account type came from, for the reason shown to the user. */
export type TypeSource = 'override' | 'type column' | 'section' | 'account code' | 'name' | 'default';

/** Reads "Revenue", "Income", "Expense", "Cost", "COGS", "Opex"... in a type column; null when it says neither. */
export function typeFromWord(text: string): AccountType | null {
  const t = normalizeText(text);
  if (/^(?:r|rev|revenues?|income|sales|turnover|inc|cr|credit|other income)$/.test(t)) return 'revenue';
  if (/^(?:e|exp|expenses?|costs?|cogs|cos|opex|capex|overheads?|dr|debit|cost of sales|payroll)$/.test(t))
    return 'expense';
  return null;
}

/** The type a section heading gives to the lines under it ("Revenue", "Cost of sales", "Operating expenses"), or null. */
export function typeFromSection(text: string): AccountType | null {
  const t = normalizeText(text).replace(/[:.]$/, '');
  if (
    /\b(?:cost|costs|expenses?|expenditure|overheads?|opex|cogs|payroll|staff|personnel|people|premises|depreciation)\b/.test(
      t,
    )
  )
    return 'expense';
  if (
    /^(?:revenues?|income|sales|turnover|operating income|other income|fees|trading income|sales revenue|net sales)$/.test(
      t,
    )
  )
    return 'revenue';
  return null;
}

/** The type implied by an account code under the configured prefixes (4xxx revenue, 5xxx-9xxx expense by default). */
export function typeFromCode(code: string | null, context: ReadContext): AccountType | null {
  if (code === null) return null;
  const digits = code.replace(/\D/g, '');
  if (digits.length < 3) return null;
  let best: { prefix: string; type: AccountType } | null = null;
  for (const rule of context.codeTypes) {
    if (digits.startsWith(rule.prefix) && (best === null || rule.prefix.length > best.prefix.length)) best = rule;
  }
  return best?.type ?? null;
}

/** The type a line's name suggests: tax and cost words first, then revenue words; null when the name says neither. */
export function typeFromName(name: string): AccountType | null {
  const t = normalizeText(name);
  if (
    /\b(?:tax|cost|costs|expense|expenses|salar|wages?|rent|fuel|insurance|depreciation|fees paid|interest paid|purchases?)/.test(
      t,
    )
  )
    return 'expense';
  if (/\b(?:revenues?|sales|income|turnover|fees|recharges?|commission received|interest received|grants?)\b/.test(t))
    return 'revenue';
  return null;
}

/**
 * The account type of a line: the user's override, else the type column, else the section it sits under, else the
 * account code, else the name; a line none of these settles is an expense (the common case in operating budgets).
 */
export function resolveAccountType(
  input: { account: string; code: string | null; typeCell: string | null; section: AccountType | null },
  context: ReadContext,
): { type: AccountType; source: TypeSource } {
  const override = context.typeOverrides.get(normalizeText(input.account));
  if (override) return { type: override, source: 'override' };
  const fromColumn = input.typeCell === null ? null : typeFromWord(input.typeCell);
  if (fromColumn) return { type: fromColumn, source: 'type column' };
  if (input.section) return { type: input.section, source: 'section' };
  const fromCode = typeFromCode(input.code, context);
  if (fromCode) return { type: fromCode, source: 'account code' };
  const fromName = typeFromName(input.account);
  if (fromName) return { type: fromName, source: 'name' };
  return { type: 'expense', source: 'default' };
}
