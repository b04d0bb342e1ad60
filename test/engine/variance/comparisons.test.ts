import { analyzeVariance } from '../../../src/engine/variance/analyzeVariance';
import { FY2026, makeFacts, repeat } from './makeFacts';

const analyse = (facts: ReturnType<typeof makeFacts>) =>
  analyzeVariance({ facts, excludedRows: [], period: '2026-03', fiscalYear: FY2026 }).variance.lines[0];

describe('prior-year and forecast comparisons (ΔPY, ΔFC)', () => {
  it('compares with prior-year figures labelled with the month they happened in', () => {
    // PY Jan-Mar 2025: 80, 90, 100; actual 2026: 100 each. ΔPY March = 100 - 100 = 0; YTD = 300 - 270 = +30.
    const line = analyse(
      makeFacts([
        { account: 'Travel', type: 'expense', amounts: { budget: repeat(100, 12), actual: repeat(100, 3) } },
        { account: 'Travel', type: 'expense', from: '2025-01', amounts: { priorYear: [80, 90, 100] } },
      ]),
    );
    expect(line.priorYear?.month).toEqual({ value: 100, delta: 0, deltaPct: 0, favourable: true });
    // 30 / 270 = 0.111111111111; expense up on last year: unfavourable.
    expect(line.priorYear?.ytd).toEqual({ value: 270, delta: 30, deltaPct: 0.111111111111, favourable: false });
  });

  it('compares with prior-year figures labelled with the month they compare to', () => {
    const line = analyse(
      makeFacts([
        {
          account: 'Sales',
          type: 'revenue',
          amounts: { budget: repeat(100, 12), actual: repeat(110, 3), priorYear: [100, 100, 100] },
        },
      ]),
    );
    // Revenue up 10 on last year each month: favourable.
    expect(line.priorYear?.month).toEqual({ value: 100, delta: 10, deltaPct: 0.1, favourable: true });
  });

  it('uses actuals of a year earlier when there is no prior-year scenario', () => {
    const line = analyse(
      makeFacts([
        { account: 'Sales', type: 'revenue', amounts: { budget: repeat(100, 12), actual: repeat(110, 3) } },
        { account: 'Sales', type: 'revenue', from: '2025-01', amounts: { actual: [120, 120, 120] } },
      ]),
    );
    // 330 - 360 = -30, revenue down: unfavourable.
    expect(line.priorYear?.ytd).toMatchObject({ value: 360, delta: -30, favourable: false });
  });

  it('compares with the forecast scenario, and leaves both out when absent', () => {
    const line = analyse(
      makeFacts([
        {
          account: 'Rent',
          type: 'expense',
          amounts: { budget: repeat(50, 12), actual: repeat(50, 3), forecast: [40, 45, 60] },
        },
      ]),
    );
    // March: 50 - 60 = -10, expense under forecast: favourable; YTD 150 - 145 = +5.
    expect(line.forecast?.month).toMatchObject({ value: 60, delta: -10, favourable: true });
    expect(line.forecast?.ytd).toMatchObject({ value: 145, delta: 5, favourable: false });
    expect(line.priorYear).toBeNull();
    const plain = analyse(makeFacts([{ account: 'Rent', type: 'expense', amounts: { budget: [1], actual: [1] } }]));
    expect(plain.forecast).toBeNull();
  });
});
