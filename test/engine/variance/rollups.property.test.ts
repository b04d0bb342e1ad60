import fc from 'fast-check';
import { analyzeVariance } from '../../../src/engine/variance/analyzeVariance';
import { FY2026, makeFacts, type LineSpec } from './makeFacts';

const amounts = fc.array(
  fc.integer({ min: -50000, max: 500000 }).map((cents) => cents / 100),
  { minLength: 0, maxLength: 12 },
);
const spec: fc.Arbitrary<LineSpec> = fc.record({
  account: fc.constantFrom('4000 Sales', '4100 Services', '6100 Travel', '6200 Rent', '6300 Software'),
  department: fc.constantFrom('Sales', 'Marketing', 'Ops', null),
  type: fc.constantFrom('revenue' as const, 'expense' as const),
  amounts: fc.record({ budget: amounts, actual: amounts }, { requiredKeys: [] }),
});
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-6 * Math.max(1, Math.abs(b)));

describe('roll-ups (properties, fixed seed)', () => {
  it('add up the lines: types with their sign, departments and total as revenue minus expense', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 12 }), (specs, month) => {
        const period = `2026-${String(month).padStart(2, '0')}`;
        const { variance } = analyzeVariance({ facts: makeFacts(specs), excludedRows: [], period, fiscalYear: FY2026 });
        const signed = (type: string) => (type === 'expense' ? -1 : 1);
        const total = variance.rollups.find((r) => r.by === 'total');
        for (const w of ['month', 'qtd', 'ytd'] as const) {
          const sum = variance.lines.reduce((s, l) => s + signed(l.type) * l[w].variance, 0);
          close(total?.[w].variance ?? NaN, sum);
          const departments = variance.rollups.filter((r) => r.by === 'department');
          if (departments.length > 0)
            close(
              departments.reduce((s, r) => s + r[w].variance, 0),
              sum,
            );
          for (const type of variance.rollups.filter((r) => r.by === 'type')) {
            const own = variance.lines.filter((l) => l.type === type.key).reduce((s, l) => s + l[w].actual, 0);
            close(type[w].actual, own);
          }
        }
        const outlook = variance.lines.reduce((s, l) => s + signed(l.type) * l.fullYear.outlook, 0);
        close(total?.fullYear.outlook ?? NaN, outlook);
        expect(new Set(total?.lineKeys)).toEqual(new Set(variance.lines.map((l) => l.key)));
      }),
      { seed: 4242, numRuns: 200 },
    );
  });
});
