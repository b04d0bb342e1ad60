import type { CellValue, Grid } from '../../../src/engine/grid/Grid';
import { dateToSerial } from '../../../src/engine/read/periods/excelSerial';
import { gridOf } from './gridOf';

/**
 * General-ledger exports as accounting systems write them: one row per posting, revenue as negative credits, budget
 * journals once a month per line, actual postings several times a month with a description and a journal reference
 * each. Built from a seeded generator, so every test knows exactly which postings it holds and what they add up to.
 */

/** Northwind Logistics' chart of accounts: code, name, type, cost centre, monthly budget (positive = the usual side). */
export const CHART: readonly {
  code: string;
  name: string;
  type: 'Revenue' | 'Expense';
  centre: string;
  budget: number;
  payees: readonly string[];
}[] = [
  {
    code: '4000',
    name: 'Freight revenue',
    type: 'Revenue',
    centre: '100 Road Freight',
    budget: 410_000,
    payees: ['Tesco Distribution', 'Asda Logistics', 'B&Q Supply'],
  },
  {
    code: '4100',
    name: 'Storage revenue',
    type: 'Revenue',
    centre: '200 Warehousing',
    budget: 180_000,
    payees: ['Boots UK', 'Halfords'],
  },
  {
    code: '4200',
    name: 'Fuel surcharge income',
    type: 'Revenue',
    centre: '100 Road Freight',
    budget: 52_000,
    payees: ['Tesco Distribution', 'Asda Logistics'],
  },
  {
    code: '5000',
    name: 'Fuel',
    type: 'Expense',
    centre: '300 Fleet',
    budget: 140_000,
    payees: ['Shell fuel card', 'BP Fleet', 'Esso Card'],
  },
  {
    code: '5100',
    name: "Drivers' wages",
    type: 'Expense',
    centre: '300 Fleet',
    budget: 165_000,
    payees: ['Payroll run'],
  },
  {
    code: '5200',
    name: 'Tyres',
    type: 'Expense',
    centre: '300 Fleet',
    budget: 12_000,
    payees: ['Kwik Fit Fleet', 'Bridgestone'],
  },
  {
    code: '6000',
    name: 'Warehouse labour',
    type: 'Expense',
    centre: '200 Warehousing',
    budget: 120_000,
    payees: ['Payroll run', 'Staffline agency'],
  },
  { code: '6100', name: 'Rent', type: 'Expense', centre: '200 Warehousing', budget: 45_000, payees: ['Segro plc'] },
  {
    code: '6200',
    name: 'Utilities',
    type: 'Expense',
    centre: '200 Warehousing',
    budget: 15_500,
    payees: ['British Gas', 'EDF Energy', 'Thames Water'],
  },
  {
    code: '7000',
    name: 'Salaries',
    type: 'Expense',
    centre: '400 Administration',
    budget: 160_000,
    payees: ['Payroll run'],
  },
  {
    code: '7100',
    name: 'Travel',
    type: 'Expense',
    centre: '500 Sales',
    budget: 8_000,
    payees: ['Trainline', 'Premier Inn', 'Uber for Business'],
  },
  {
    code: '7200',
    name: 'IT subscriptions',
    type: 'Expense',
    centre: '400 Administration',
    budget: 9_500,
    payees: ['Microsoft 365', 'Xero', 'Salesforce'],
  },
];

/** A small deterministic generator (Park-Miller), so the ledger is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/** One posting as the generator made it, with its amount in ledger signs (credits negative). */
export interface Posting {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly code: string;
  readonly scenario: 'Budget' | 'Actual';
  readonly amount: number;
  readonly description: string;
  readonly reference: string;
}

/**
 * Budget for Jan-Dec 2026 (one journal per line and month) and actual postings for Jan-Jun 2026: three to six per
 * line and month, each with its own description and journal number, plus one credit note on Freight revenue in March
 * (a debit of 1,500 to revenue). Revenue is posted as negative credits, as a ledger does.
 */
export function ledgerPostings(seed = 2026): Posting[] {
  const random = seeded(seed);
  const postings: Posting[] = [];
  let journal = 1;
  const ref = (): string => `JE-2026-${String(journal++).padStart(4, '0')}`;
  for (const line of CHART) {
    const sign = line.type === 'Revenue' ? -1 : 1;
    for (let month = 1; month <= 12; month++) {
      postings.push({
        year: 2026,
        month,
        day: 1,
        code: line.code,
        scenario: 'Budget',
        amount: sign * line.budget,
        description: `FY26 budget ${line.name}`,
        reference: ref(),
      });
    }
    for (let month = 1; month <= 6; month++) {
      const count = 3 + Math.floor(random() * 4);
      for (let i = 0; i < count; i++) {
        const payee = line.payees[Math.floor(random() * line.payees.length)];
        const amount = Math.round((line.budget / count) * (0.85 + random() * 0.3) * 100) / 100;
        const day = 2 + Math.floor(random() * 26);
        postings.push({
          year: 2026,
          month,
          day,
          code: line.code,
          scenario: 'Actual',
          amount: sign * amount,
          description: `${payee} inv ${10000 + journal}`,
          reference: ref(),
        });
      }
    }
  }
  postings.push({
    year: 2026,
    month: 3,
    day: 20,
    code: '4000',
    scenario: 'Actual',
    amount: 1500,
    description: 'Credit note CN-0042 Tesco damaged pallets',
    reference: ref(),
  });
  return postings;
}

/** The sum of postings per "code|scenario|YYYY-MM", in ledger signs: the figures a reviewer would tick. */
export function ledgerTotals(postings: readonly Posting[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const p of postings) {
    const key = `${p.code}|${p.scenario}|${p.year}-${String(p.month).padStart(2, '0')}`;
    totals.set(key, Math.round(((totals.get(key) ?? 0) + p.amount) * 100) / 100);
  }
  return totals;
}

/**
 * The export most finance systems give: Date (a real date), Cost centre, Account (code), Account name, Type,
 * Scenario, Amount, Description, Reference.
 */
export function glExport(postings: readonly Posting[], sheet = 'GL export'): Grid {
  const header = [
    'Date',
    'Cost centre',
    'Account',
    'Account name',
    'Type',
    'Scenario',
    'Amount',
    'Description',
    'Reference',
  ];
  const byCode = new Map(CHART.map((line) => [line.code, line]));
  const rows: CellValue[][] = [['Northwind Logistics Ltd: general ledger detail, FY2026'], [], header];
  for (const p of postings) {
    const line = byCode.get(p.code);
    if (!line) throw new Error(`glExport: no account ${p.code} in the chart`);
    rows.push([
      dateToSerial(p.year, p.month, p.day),
      line.centre,
      p.code,
      line.name,
      line.type,
      p.scenario,
      p.amount,
      p.description,
      p.reference,
    ]);
  }
  const formats = rows.map((row, r) => row.map((_, c) => (c === 0 && r > 2 ? 'dd/mm/yyyy' : 'General')));
  return gridOf(sheet, rows, { numberFormats: formats });
}

/**
 * An actuals-only export with a Debit and a Credit column instead of one amount, dates typed as text in `order`
 * ("15/01/2026" day first, "01/15/2026" month first), a Journal and a Memo column.
 */
export function debitCreditExport(postings: readonly Posting[], order: 'dmy' | 'mdy', sheet = 'GL actuals'): Grid {
  const byCode = new Map(CHART.map((line) => [line.code, line]));
  const rows: CellValue[][] = [
    ['Posting date', 'Journal', 'Account code', 'Account', 'Cost centre', 'Memo', 'Debit', 'Credit'],
  ];
  const two = (n: number): string => String(n).padStart(2, '0');
  for (const p of postings) {
    const line = byCode.get(p.code);
    if (!line) throw new Error(`debitCreditExport: no account ${p.code} in the chart`);
    const date =
      order === 'dmy' ? `${two(p.day)}/${two(p.month)}/${p.year}` : `${two(p.month)}/${two(p.day)}/${p.year}`;
    const debit = p.amount > 0 ? p.amount : null;
    const credit = p.amount < 0 ? -p.amount : null;
    rows.push([date, p.reference, p.code, line.name, line.centre, p.description, debit, credit]);
  }
  return gridOf(sheet, rows);
}
