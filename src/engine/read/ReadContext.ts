import type { AccountType } from './datasets';

/** Settings every table reader shares, resolved once per workbook read. */
export interface ReadContext {
  /** 1 = January. */
  readonly fiscalYearStartMonth: number;
  /** Label year of the workbook's fiscal year when known, for month headers written without a year ("Jan"). */
  readonly fiscalYearHint: number | null;
  readonly duplicates: 'sum' | 'reject';
  /** Account code prefixes that mean revenue or expense ("4" revenue; "5".."9" expense by default). */
  readonly codeTypes: readonly { readonly prefix: string; readonly type: AccountType }[];
  /** Per-account type overrides the user confirmed, keyed by the account label normalised with `normalizeText`. */
  readonly typeOverrides: ReadonlyMap<string, AccountType>;
}

/** The common chart-of-accounts convention: 4xxx revenue, 5xxx-9xxx expense. */
export const DEFAULT_CODE_TYPES: ReadContext['codeTypes'] = [
  { prefix: '4', type: 'revenue' },
  { prefix: '5', type: 'expense' },
  { prefix: '6', type: 'expense' },
  { prefix: '7', type: 'expense' },
  { prefix: '8', type: 'expense' },
  { prefix: '9', type: 'expense' },
];
