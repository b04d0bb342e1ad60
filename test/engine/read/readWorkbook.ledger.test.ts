import { analyze } from '../../../src/engine/analyze/analyze';
import { readWorkbook } from '../../../src/engine/read/readWorkbook';
import type { Posting } from './ledgerFixtures';
import { CHART, debitCreditExport, glExport, ledgerPostings, ledgerTotals } from './ledgerFixtures';

const round = (n: number): number => Math.round(n * 100) / 100;

describe('readWorkbook on a general-ledger export', () => {
  const postings = ledgerPostings();
  const totals = ledgerTotals(postings);
  const read = readWorkbook([glExport(postings)]);

  it('reads it as one long finance table whose memo and reference columns are not part of a line', () => {
    expect(read.tables).toHaveLength(1);
    expect(read.tables[0]).toMatchObject({ role: 'finance', layout: 'long', scenarios: ['budget', 'actual'] });
    expect(read.tables[0].columns.map((c) => c.role)).toEqual([
      'period',
      'department',
      'accountCode',
      'account',
      'type',
      'scenario',
      'amount',
      'memo',
      'memo',
    ]);
  });

  it('adds the postings up by line and month, so budget and actual meet on the same lines', () => {
    // 12 accounts x (12 budget months + 6 actual months) = 216 line-months, whatever the number of postings.
    expect(postings.length).toBeGreaterThan(300);
    expect(read.facts).toHaveLength(12 * 18);
    const freightMarch = read.facts.find(
      (f) => f.accountCode === '4000' && f.scenario === 'actual' && f.period === '2026-03',
    );
    // Revenue credits flipped to positive; the 1,500 credit note (a debit to revenue) reduces March's revenue.
    expect(freightMarch?.amount).toBeCloseTo(-(totals.get('4000|Actual|2026-03') ?? 0), 6);
    expect(freightMarch).toMatchObject({ account: 'Freight revenue', department: '100 Road Freight', type: 'revenue' });
    const fuelMay = read.facts.find(
      (f) => f.accountCode === '5000' && f.scenario === 'actual' && f.period === '2026-05',
    );
    expect(fuelMay?.amount).toBeCloseTo(totals.get('5000|Actual|2026-05') ?? 0, 6);
  });

  it('says once how many postings made how many lines, and once that revenue was posted as credits', () => {
    const notes = read.diagnostics.filter((d) => d.code === 'postings-aggregated');
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain(`${postings.length} postings on "GL export" made 12 lines`);
    expect(read.diagnostics.filter((d) => d.code === 'duplicate-key')).toEqual([]);
    const signs = read.diagnostics.filter((d) => d.code === 'sign-convention');
    expect(signs).toHaveLength(1);
    expect(signs[0].message).toMatch(/^Revenue on "GL export" are written as negative numbers/);
  });

  it('gives a variance line per account with budget and actual side by side', () => {
    const result = analyze(read, { forecasts: false });
    expect(result.period).toBe('2026-06');
    expect(result.variance.lines).toHaveLength(12);
    expect(result.variance.lines.every((l) => !l.unbudgeted)).toBe(true);
    const freight = result.variance.lines.find((l) => l.accountCode === '4000');
    // YTD budget: 6 x 410,000 = 2,460,000; YTD actual: the January-June credits, sign flipped.
    expect(freight?.ytd.budget).toBe(2_460_000);
    const ytdActual = ['01', '02', '03', '04', '05', '06'].reduce(
      (sum, m) => sum - (totals.get(`4000|Actual|2026-${m}`) ?? 0),
      0,
    );
    expect(freight?.ytd.actual).toBeCloseTo(ytdActual, 6);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('readWorkbook on a debit/credit ledger with text dates', () => {
  const actuals = ledgerPostings().filter((p) => p.scenario === 'Actual');
  // Last year's accrual reversals, dated in December 2025: outside FY2026.
  const december: Posting[] = [
    {
      year: 2025,
      month: 12,
      day: 31,
      code: '5000',
      scenario: 'Actual',
      amount: 4_200,
      description: 'Accrual Shell Dec',
      reference: 'JE-2025-0999',
    },
    {
      year: 2025,
      month: 12,
      day: 31,
      code: '6200',
      scenario: 'Actual',
      amount: 1_150,
      description: 'Accrual EDF Dec',
      reference: 'JE-2025-1000',
    },
  ];
  const postings = [...december, ...actuals];
  const totals = ledgerTotals(postings);

  it.each([
    ['day first', 'dmy' as const, /read day first/],
    ['month first (US)', 'mdy' as const, /read month first \(US style\)/],
  ])('reads %s dates from the whole column, and says which', (_name, order, said) => {
    const read = readWorkbook([debitCreditExport(postings, order)]);
    const note = read.diagnostics.find((d) => d.code === 'date-order');
    expect(note?.message).toMatch(said);
    expect(note?.cell).toBe('A2');
    expect(read.tables[0].columns.map((c) => c.role)).toEqual([
      'period',
      'memo',
      'accountCode',
      'account',
      'department',
      'memo',
      'debit',
      'credit',
    ]);
    // Debit minus credit, by line and month; revenue credits read as positive revenue.
    const fuelFeb = read.facts.find((f) => f.accountCode === '5000' && f.period === '2026-02');
    expect(fuelFeb).toMatchObject({ scenario: 'actual', type: 'expense' });
    expect(round(fuelFeb?.amount ?? 0)).toBe(totals.get('5000|Actual|2026-02'));
    const storageJun = read.facts.find((f) => f.accountCode === '4100' && f.period === '2026-06');
    expect(round(storageJun?.amount ?? 0)).toBe(-(totals.get('4100|Actual|2026-06') ?? 0));
    expect(new Set(read.facts.map((f) => f.period)).size).toBe(7); // Dec 2025 and Jan-Jun 2026
  });

  it('keeps postings dated outside the fiscal year out of its figures, with one note', () => {
    const read = readWorkbook([debitCreditExport(postings, 'dmy')]);
    expect(read.fiscalYear.label).toBe('FY2026');
    expect(read.lastActualPeriod).toBe('2026-06');
    const notes = read.diagnostics.filter((d) => d.code === 'outside-fiscal-year');
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain('postings dated Dec 2025, outside FY2026 (Jan 2026 to Dec 2026)');
    const fuel = analyze(read, { forecasts: false }).variance.lines.find((l) => l.accountCode === '5000');
    // YTD actual is January-June 2026 only: the 4,200 December accrual stays out.
    const ytd = ['01', '02', '03', '04', '05', '06'].reduce(
      (s, m) => s + (totals.get(`5000|Actual|2026-${m}`) ?? 0),
      0,
    );
    expect(fuel?.ytd.actual).toBeCloseTo(ytd, 6);
  });

  it('reads a ledger posted after the year without moving the review out of the year', () => {
    const later: Posting = {
      year: 2027,
      month: 1,
      day: 3,
      code: '6100',
      scenario: 'Actual',
      amount: 45_000,
      description: 'Segro rent Q1 2027 in advance',
      reference: 'JE-2027-0001',
    };
    const read = readWorkbook([debitCreditExport([...actuals, later], 'dmy')]);
    expect(read.lastActualPeriod).toBe('2026-06');
    expect(read.diagnostics.find((d) => d.code === 'outside-fiscal-year')?.message).toContain('Jan 2027');
  });
});

describe('readWorkbook on a ledger with a free-text description instead of a memo keyword', () => {
  it('keeps the Description out of the line key because it changes from posting to posting', () => {
    const postings = ledgerPostings().filter((p) => CHART.slice(3, 6).some((l) => l.code === p.code));
    const grid = glExport(postings);
    // The same export with the descriptions under "Description" and no Reference column (memo by its values).
    const rows = grid.values.map((row) => row.slice(0, 8));
    const read = readWorkbook([{ ...grid, values: rows }]);
    const description = read.tables[0].columns[7];
    expect(description.role).toBe('memo');
    expect(description.reason).toMatch(/different values for 3 accounts/);
    expect(new Set(read.facts.map((f) => f.account))).toEqual(new Set(['Fuel', "Drivers' wages", 'Tyres']));
  });
});
