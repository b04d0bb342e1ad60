import fc from 'fast-check';
import { readWorkbook } from '../../../src/engine/read/readWorkbook';
import { addMonths } from '../../../src/engine/period/months';
import type { CleanLine, WideStyle } from './renderWide';
import { renderWide } from './renderWide';

/**
 * Round trip: a clean long dataset rendered into a random realistic wide layout (titles, subtotals, text numbers,
 * section rows, month header styles) reads back to exactly the same lines and numbers. Fixed seed.
 */
const RUNS = process.env.CI ? 1_000 : 200;

const ACCOUNTS: readonly (readonly [string, 'revenue' | 'expense'])[] = [
  ['Freight revenue', 'revenue'],
  ['Storage revenue', 'revenue'],
  ['Fuel surcharge income', 'revenue'],
  ['Customs brokerage', 'revenue'],
  ['Fuel', 'expense'],
  ['Drivers wages', 'expense'],
  ['Vehicle maintenance', 'expense'],
  ['Rent', 'expense'],
  ['Insurance', 'expense'],
  ['IT licences', 'expense'],
];
const DEPARTMENTS = ['Road', 'Depot', 'Admin'];

const dataset = fc
  .record({
    start: fc.integer({ min: 0, max: 11 }),
    count: fc.integer({ min: 3, max: 12 }),
    picks: fc.uniqueArray(fc.integer({ min: 0, max: ACCOUNTS.length * DEPARTMENTS.length - 1 }), {
      minLength: 1,
      maxLength: 8,
    }),
  })
  .chain(({ start, count, picks }) => {
    const months = Array.from({ length: count }, (_, i) => addMonths(`2026-${String(start + 1).padStart(2, '0')}`, i));
    const amount = fc.integer({ min: -500_000, max: 5_000_000 }).map((cents) => cents / 100);
    return fc.tuple(
      fc.constant(months),
      fc.constant(picks),
      fc.array(fc.array(amount, { minLength: count, maxLength: count }), {
        minLength: picks.length,
        maxLength: picks.length,
      }),
    );
  })
  .map(([months, picks, amounts]) => {
    const lines: CleanLine[] = picks.map((p, i) => {
      const [account, type] = ACCOUNTS[p % ACCOUNTS.length];
      return {
        code: `${type === 'revenue' ? 4 : 6}${String(p).padStart(3, '0')}`,
        account,
        department: DEPARTMENTS[Math.floor(p / ACCOUNTS.length)],
        type,
        amounts: amounts[i],
      };
    });
    return { months, lines };
  });

const style: fc.Arbitrary<WideStyle> = fc.record({
  titleRows: fc.integer({ min: 0, max: 3 }),
  blankAfterTitle: fc.boolean(),
  header: fc.constantFrom('date', 'mmm-yy', 'mmm yyyy', 'mmmm yyyy', 'yyyy-mm', 'mm/yyyy', 'serial'),
  codeColumn: fc.boolean(),
  departmentColumn: fc.constant(true),
  sections: fc.boolean(),
  subtotals: fc.constantFrom('none', 'labelled', 'unlabelled', 'formula'),
  textNumbers: fc.boolean(),
  fullYear: fc.boolean(),
  comments: fc.boolean(),
  spacerRows: fc.boolean(),
});

describe('wide layouts read back to the long dataset they were rendered from', () => {
  it('holds for random realistic layouts', () => {
    fc.assert(
      fc.property(dataset, style, ({ months, lines }, s) => {
        // Line types are told by the section, else the code; a sheet with neither cannot know them, so give it codes.
        const layout = s.sections ? s : { ...s, codeColumn: true };
        const read = readWorkbook([renderWide(lines, months, layout)]);
        const got = read.facts
          .map((f) => `${f.account}|${f.department}|${f.type}|${f.period}|${f.amount.toFixed(2)}`)
          .sort();
        const want = lines
          .flatMap((l) =>
            months.map((m, i) => `${l.account}|${l.department}|${l.type}|${m}|${l.amounts[i].toFixed(2)}`),
          )
          .sort();
        expect(got).toEqual(want);
        expect(read.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      }),
      { seed: 42, numRuns: RUNS },
    );
  });
});
