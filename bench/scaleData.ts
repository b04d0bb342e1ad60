/**
 * The workbooks of the scale benchmark: wide budget + actuals (the variance benchmark's lines, `varianceData.ts`) and
 * general-ledger exports in the shape finance systems give (Date, Cost centre, Account, Type, Scenario, Amount,
 * Description; many postings per account and month), from a fixed seed.
 */
import type { BenchSheet } from './writeBenchXlsx';
import { syntheticGrids, syntheticLines } from './varianceData';

/** Budget and Actuals sheets of `lines` lines x 12 months. */
export function wideSheets(lines: number): BenchSheet[] {
  return syntheticGrids(syntheticLines(lines)).map((grid) => ({
    name: grid.sheet,
    rows: () => grid.values as (string | number)[][],
  }));
}

const COST_CENTRES = ['CC100 Sales', 'CC200 Marketing', 'CC300 Operations', 'CC400 Finance', 'CC500 IT'];
/** Excel serial of 2026-01-01. */
const JAN_2026 = 46023;
const MONTH_STARTS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/**
 * `postings` ledger rows over 2026: 200 accounts x 5 cost centres, budget and actual, about equally many postings
 * per line and month. Amounts are whole cents from a linear congruential sequence, so every run writes the same file.
 */
export function ledgerSheet(postings: number): BenchSheet {
  return {
    name: 'GL 2026',
    rows: function* () {
      yield ['Date', 'Cost centre', 'Account', 'Type', 'Scenario', 'Amount', 'Description'];
      let seed = 20261202;
      for (let i = 0; i < postings; i += 1) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        const account = i % 200;
        const revenue = account < 40;
        const month = Math.floor(i / 7) % 12;
        const day = (seed >>> 8) % 28;
        yield [
          { date: JAN_2026 + MONTH_STARTS[month] + day },
          COST_CENTRES[(i >>> 3) % COST_CENTRES.length],
          `${revenue ? 4000 + account : 6000 + account} ${revenue ? 'Sales' : 'Expense'} ${account}`,
          revenue ? 'Revenue' : 'Expense',
          (i >>> 1) % 2 === 0 ? 'Budget' : 'Actual',
          Math.round(((seed >>> 4) % 500_000) + 100) / 100,
          `Invoice ${100000 + (i % 900000)}`,
        ];
      }
    },
  };
}
