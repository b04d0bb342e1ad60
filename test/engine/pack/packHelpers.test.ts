import { isoDateToSerial } from '../../../src/engine/pack/excelDate';
import { monthlyRevenue } from '../../../src/engine/pack/monthlyRevenue';
import { signedAmount, signedPercent } from '../../../src/engine/pack/packText';
import { planPackSheets } from '../../../src/engine/pack/planPackSheets';
import { periodLabel } from '../../../src/engine/period/periodLabel';
import type { FinanceFact } from '../../../src/engine/read/datasets';

describe('isoDateToSerial', () => {
  it('gives Excel serials (1900 system)', () => {
    // Excel: =DATEVALUE("2026-03-31") is 46112; =DATEVALUE("1900-03-01") is 61; 2024-02-29 is 45351.
    expect(isoDateToSerial('2026-03-31')).toBe(46112);
    expect(isoDateToSerial('1900-03-01')).toBe(61);
    expect(isoDateToSerial('2024-02-29')).toBe(45351);
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    expect(isoDateToSerial('2026-02-30')).toBeNull();
    expect(isoDateToSerial('31/03/2026')).toBeNull();
    expect(isoDateToSerial('1900-01-15')).toBeNull();
  });
});

describe('pack wording', () => {
  it('names months and signs amounts and percentages the way the sheets show them', () => {
    expect(periodLabel('2026-03')).toBe('March 2026');
    expect(periodLabel('FY2026')).toBe('FY2026');
    expect(signedAmount(1234567.4)).toBe('+1,234,567');
    expect(signedAmount(-3100)).toBe('-3,100');
    expect(signedAmount(0.4)).toBe('0');
    expect(signedPercent(0.0345)).toBe('+3.5 %');
    expect(signedPercent(-0.052)).toBe('-5.2 %');
    expect(signedPercent(null)).toBe('n/a');
  });
});

describe('monthlyRevenue', () => {
  const fact = (
    scenario: FinanceFact['scenario'],
    period: string,
    amount: number,
    type: FinanceFact['type'] = 'revenue',
  ): FinanceFact => ({
    scenario,
    account: 'Sales',
    accountCode: null,
    department: null,
    dims: {},
    type,
    period,
    amount,
    source: { sheet: 'Actuals', cell: 'C5' },
  });

  it('sums revenue by month and scenario, leaves missing months empty and ignores costs and prior year', () => {
    const facts = [
      fact('actual', '2026-01', 100),
      fact('actual', '2026-01', 50),
      fact('budget', '2026-01', 140),
      fact('budget', '2026-02', 140),
      fact('actual', '2026-02', 999, 'expense'),
      fact('priorYear', '2026-01', 120),
    ];
    expect(monthlyRevenue(facts, ['2026-01', '2026-02'])).toEqual([
      { period: '2026-01', actual: 150, budget: 140, forecast: null },
      { period: '2026-02', actual: null, budget: 140, forecast: null },
    ]);
  });
});

describe('planPackSheets with long names', () => {
  it("keeps a renamed sheet within Excel's 31 characters", () => {
    const name = 'OR A very long pack sheet name!';
    const plan = planPackSheets([{ key: 'goals', name }], [name], [], new Map(), () => true);
    expect(plan.sheets[0].name).toBe('OR A very long pack sheet n (2)');
    expect(plan.sheets[0].name.length).toBeLessThanOrEqual(31);
  });
});
