import type { FinanceFact } from '../../../src/engine/read/datasets';
import { readWorkbook } from '../../../src/engine/read/readWorkbook';
import {
  aprilBudget,
  bandedHeader,
  combinedHeader,
  departmentBlocks,
  longLedger,
  wideActuals,
  wideBudget,
} from './financeFixtures';
import { gridOf } from './gridOf';

/** Sum of the amounts of the facts matching a filter: the figures a reviewer would tick by hand. */
function total(facts: readonly FinanceFact[], match: Partial<FinanceFact>): number {
  return facts
    .filter((f) => Object.entries(match).every(([k, v]) => f[k as keyof FinanceFact] === v))
    .reduce((s, f) => s + f.amount, 0);
}

describe('readWorkbook on wide finance tables', () => {
  const read = readWorkbook([wideBudget]);

  it('finds the header below the title rows and reads the lines only', () => {
    expect(read.tables).toHaveLength(1);
    expect(read.tables[0]).toMatchObject({ role: 'finance', layout: 'wide', headerRow: 4, scenarios: ['budget'] });
    expect(read.tables[0].periods).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(new Set(read.facts.map((f) => f.account))).toEqual(
      new Set(['Freight revenue', 'Storage revenue', 'Fuel', 'Drivers', 'Rent', 'Insurance']),
    );
    // Lines only, never subtotals: revenue 100+110+120 + 50+50+60 = 490, as the sheet's own Total revenue says.
    expect(total(read.facts, { type: 'revenue' })).toBe(490);
    // Expenses: fuel 96 + drivers 120 + rent 30 + insurance 15 = 261 (the sheet's subtotals are 216 and 45).
    expect(total(read.facts, { type: 'expense' })).toBe(261);
  });

  it('types lines by the section they sit under and keeps departments and cells', () => {
    const fuel = read.facts.find((f) => f.account === 'Fuel' && f.period === '2026-02');
    expect(fuel).toMatchObject({
      type: 'expense',
      department: 'Road',
      amount: 32,
      source: { sheet: 'Budget', cell: 'D11' },
    });
  });

  it('lists every row left out with its reason', () => {
    const byRow = Object.fromEntries(read.excludedRows.map((e) => [e.row, e]));
    expect(byRow[1]).toMatchObject({ reason: 'header' });
    expect(byRow[5]).toMatchObject({ reason: 'section', label: 'Revenue' });
    expect(byRow[8]).toMatchObject({ reason: 'subtotal', label: 'Total revenue' });
    expect(byRow[9]).toMatchObject({ reason: 'blank' });
    expect(byRow[13]).toMatchObject({ reason: 'subtotal', detail: 'equals the sum of rows 11-12' });
    expect(byRow[14]).toMatchObject({ reason: 'subtotal', detail: 'derived: Gross profit' });
    expect(byRow[19]).toMatchObject({ reason: 'subtotal', detail: 'derived: Net profit' });
    expect(byRow[21]).toMatchObject({ reason: 'section', detail: 'footnote' });
  });

  it('ignores the Full year and Comments columns', () => {
    const roles = read.tables[0].columns.map((c) => c.role);
    expect(roles).toEqual(['account', 'department', 'month', 'month', 'month', 'ignored', 'notes']);
    expect(read.facts.some((f) => f.amount === 330)).toBe(false);
  });
});

describe('readWorkbook on actuals', () => {
  const read = readWorkbook([wideActuals]);

  it('reads blank later months as no actuals yet, not zeros', () => {
    expect(read.facts.some((f) => f.period === '2026-03')).toBe(false);
    expect(read.lastActualPeriod).toBe('2026-02');
  });

  it('reads accounting negatives typed as text and reports errors and words with their cell', () => {
    expect(read.facts.find((f) => f.account === 'Storage revenue' && f.period === '2026-01')?.amount).toBe(-2);
    const byCell = Object.fromEntries(read.diagnostics.map((d) => [d.cell, d]));
    expect(byCell.D7).toMatchObject({ severity: 'error', code: 'error-value', sheet: 'Actuals' });
    expect(byCell.D7.message).toContain('#N/A');
    expect(byCell.C8).toMatchObject({ severity: 'error', code: 'text-in-number' });
    expect(byCell.C8.message).toContain('"tbd"');
    expect(byCell.C5).toMatchObject({ severity: 'info', code: 'number-as-text' });
  });
});

describe('readWorkbook on long tables', () => {
  const read = readWorkbook([longLedger()]);

  it('reads period, scenario and amount columns with serial dates and abbreviations', () => {
    expect(read.tables[0]).toMatchObject({ layout: 'long', scenarios: ['budget', 'actual'] });
    expect(read.facts).toHaveLength(5);
    expect(read.facts[0]).toMatchObject({
      account: 'Freight revenue',
      accountCode: '4000',
      department: 'Road',
      period: '2026-01',
      amount: 1000,
      type: 'revenue',
    });
    expect(read.facts.find((f) => f.account === 'Fuel' && f.scenario === 'actual')?.amount).toBe(-310);
  });

  it('reports a bad period or scenario with its cell and leaves the row out', () => {
    expect(read.diagnostics.find((d) => d.code === 'bad-period')).toMatchObject({ cell: 'A8' });
    expect(read.diagnostics.find((d) => d.code === 'bad-scenario')).toMatchObject({ cell: 'E9' });
  });

  it('reads one amount column per scenario ("Budget", "Actual") as a long table', () => {
    const grid = gridOf('Data', [
      ['Month', 'Account', 'Budget', 'Actual'],
      ['2026-01', 'Sales', 100, 90],
      ['2026-02', 'Sales', 100, null],
    ]);
    const facts = readWorkbook([grid]).facts;
    expect(facts.map((f) => [f.scenario, f.period, f.amount])).toEqual([
      ['budget', '2026-01', 100],
      ['actual', '2026-01', 90],
      ['budget', '2026-02', 100],
    ]);
  });
});

describe('readWorkbook on several scenarios in one table', () => {
  it('reads a band row of scenarios over the months', () => {
    const read = readWorkbook([bandedHeader]);
    expect(read.tables[0].scenarios).toEqual(['budget', 'actual']);
    expect(total(read.facts, { scenario: 'budget', account: 'Sales' })).toBe(300);
    expect(total(read.facts, { scenario: 'actual', account: 'Sales' })).toBe(185);
    expect(read.lastActualPeriod).toBe('2026-02');
  });

  it('reads "Budget Jan-26 | Actual Jan-26" headers and ignores the variance column', () => {
    const read = readWorkbook([combinedHeader]);
    expect(total(read.facts, { scenario: 'actual', account: 'Wages' })).toBe(80);
    expect(read.tables[0].columns[5].role).toBe('ignored');
  });

  it('reads one table per scenario from sheet names', () => {
    const sheet = (name: string, amount: number) =>
      gridOf(name, [
        ['Account', 'Jan 2026', 'Feb 2026'],
        ['Sales', amount, amount],
      ]);
    const read = readWorkbook([
      sheet('Budget', 10),
      sheet('Actuals', 11),
      sheet('Forecast', 12),
      sheet('Prior year', 9),
    ]);
    expect(read.tables.map((t) => t.scenarios[0])).toEqual(['budget', 'actual', 'forecast', 'priorYear']);
    expect(total(read.facts, { scenario: 'priorYear' })).toBe(18);
  });
});

describe('readWorkbook fiscal years', () => {
  it('infers an April start from the month headers and the year from the title', () => {
    const read = readWorkbook([aprilBudget]);
    expect(read.fiscalYear.startMonth).toBe(4);
    expect(read.fiscalYear.label).toBe('FY2026');
    expect(read.fiscalYear.periods[0]).toBe('2025-04');
    expect(read.fiscalYear.periods[11]).toBe('2026-03');
    expect(read.facts.find((f) => f.account === 'Sales')?.period).toBe('2025-04');
    expect(read.tables[0].columns[14].role).toBe('ignored');
  });

  it('reads "FY26 P01" headers with the fiscal start given as an option', () => {
    const grid = gridOf('Budget', [
      ['Account', 'FY26 P01', 'FY26 P02', 'FY26 P03'],
      ['Sales', 1, 2, 3],
    ]);
    const read = readWorkbook([grid], { fiscalYearStartMonth: 7 });
    // With a July start, FY26 P01 is July 2025.
    expect(read.facts.map((f) => f.period)).toEqual(['2025-07', '2025-08', '2025-09']);
    expect(read.fiscalYear.label).toBe('FY2026');
  });

  it('reads prior-year month names one year before the workbook year', () => {
    const budget = gridOf('Budget FY26', [
      ['Account', 'Jan-26', 'Feb-26'],
      ['Sales', 1, 2],
    ]);
    const prior = gridOf('Prior year', [
      ['Account', 'Jan', 'Feb'],
      ['Sales', 3, 4],
    ]);
    const read = readWorkbook([budget, prior]);
    expect(read.facts.filter((f) => f.scenario === 'priorYear').map((f) => f.period)).toEqual(['2025-01', '2025-02']);
  });
});

describe('readWorkbook structure', () => {
  it('takes departments from block headings and finds a grand total by arithmetic', () => {
    const read = readWorkbook([departmentBlocks]);
    expect(total(read.facts, { department: 'Warehouse' })).toBe(51);
    expect(total(read.facts, { department: 'Fleet' })).toBe(69);
    expect(read.excludedRows.find((e) => e.row === 11)).toMatchObject({ reason: 'total' });
  });

  it('fills department values written only on the first row of a block', () => {
    const grid = gridOf('Budget 2026', [
      ['Department', 'Account', 'Jan 2026'],
      ['Fleet', 'Fuel', 10],
      [null, 'Tyres', 2],
      ['Depot', 'Rent', 5],
      [null, 'Power', 1],
    ]);
    expect(readWorkbook([grid]).facts.map((f) => f.department)).toEqual(['Fleet', 'Fleet', 'Depot', 'Depot']);
  });

  it('sums duplicate lines with a warning, or keeps the first with an error when asked to reject', () => {
    const grid = gridOf('Budget 2026', [
      ['Account', 'Jan 2026'],
      ['Fuel', 10],
      ['Fuel', 5],
    ]);
    const summed = readWorkbook([grid]);
    expect(summed.facts).toHaveLength(1);
    expect(summed.facts[0].amount).toBe(15);
    expect(summed.diagnostics.find((d) => d.code === 'duplicate-key')).toMatchObject({
      severity: 'warning',
      cell: 'B3',
    });
    const rejected = readWorkbook([grid], { duplicates: 'reject' });
    expect(rejected.facts[0].amount).toBe(10);
    expect(rejected.diagnostics.find((d) => d.code === 'duplicate-key')).toMatchObject({
      severity: 'error',
      cell: 'B3',
    });
  });

  it.each([
    // [why, grid rows, expected type of the line "Misc"]
    [
      'a type column wins over everything',
      [
        ['Type', 'Code', 'Account', 'Jan 2026'],
        ['Income', '6000', 'Misc', 1],
      ],
      'revenue',
    ],
    ['the section comes next', [['Code', 'Account', 'Jan 2026'], ['Revenue'], ['6000', 'Misc', 1]], 'revenue'],
    [
      'then the account code (4xxx revenue)',
      [
        ['Code', 'Account', 'Jan 2026'],
        ['4010', 'Misc', 1],
      ],
      'revenue',
    ],
    [
      'then the code (5xxx-9xxx expense)',
      [
        ['Code', 'Account', 'Jan 2026'],
        ['7010', 'Misc', 1],
      ],
      'expense',
    ],
    [
      'a code and name written together',
      [
        ['Account', 'Jan 2026'],
        ['4010 Misc', 1],
      ],
      'revenue',
    ],
    [
      'and otherwise expense',
      [
        ['Account', 'Jan 2026'],
        ['Misc', 1],
      ],
      'expense',
    ],
  ])('account type: %s', (_why, rows, type) => {
    const read = readWorkbook([gridOf('Budget 2026', rows)]);
    expect(read.facts[0].type).toBe(type);
  });

  it('reads an account type from the name when nothing else says', () => {
    const read = readWorkbook([
      gridOf('Budget 2026', [
        ['Account', 'Jan 2026'],
        ['Consulting fees income', 1],
        ['Income tax', 1],
      ]),
    ]);
    expect(read.facts.map((f) => f.type)).toEqual(['revenue', 'expense']);
  });

  it('reads an Excel Table once even though its sheet grid holds it too', () => {
    const sheet = gridOf('Data', [['Budget 2026'], ['Account', 'Jan 2026'], ['Sales', 10]]);
    const table = gridOf(
      'Data',
      [
        ['Account', 'Jan 2026'],
        ['Sales', 10],
      ],
      { address: 'A2', tableName: 'BudgetTable' },
    );
    const read = readWorkbook([sheet, table]);
    expect(read.tables.map((t) => t.id)).toEqual(['BudgetTable']);
    expect(read.facts).toHaveLength(1);
  });

  it('warns when nothing says which scenario a table holds', () => {
    const read = readWorkbook([
      gridOf('Sheet1', [
        ['Account', 'Jan 2026'],
        ['Sales', 10],
      ]),
    ]);
    expect(read.facts[0].scenario).toBe('budget');
    expect(read.diagnostics.find((d) => d.code === 'no-scenario')?.severity).toBe('warning');
  });
});

describe('readWorkbook on less tidy sheets', () => {
  it('takes the first text column as the account when its header is not a known name', () => {
    const grid = gridOf('Budget 2026', [
      ['£000', 'Jan-26', 'Feb-26'],
      ['Freight revenue', 10, 11],
    ]);
    expect(readWorkbook([grid]).facts.map((f) => f.account)).toEqual(['Freight revenue', 'Freight revenue']);
  });

  it('does not take an Actuals line with no postings yet for a department heading', () => {
    const grid = gridOf('Actuals 2026', [
      ['Account', 'Jan-26', 'Feb-26'],
      ['Marketing', null, null],
      ['Travel', 3, 4],
    ]);
    const read = readWorkbook([grid]);
    expect(read.facts.every((f) => f.department === null)).toBe(true);
    expect(read.excludedRows).toContainEqual({
      sheet: 'Actuals 2026',
      row: 2,
      reason: 'section',
      detail: 'heading',
      label: 'Marketing',
    });
  });

  it('carries a period and scenario written once per block down a long table', () => {
    const grid = gridOf('Ledger', [
      ['Period', 'Scenario', 'Account', 'Amount'],
      ['2026-01', 'Actual', 'Fuel', 10],
      [null, null, 'Rent', 20],
      ['2026-02', 'Actual', 'Fuel', 11],
      [null, null, 'Rent', 21],
    ]);
    const facts = readWorkbook([grid]).facts;
    expect(facts.map((f) => `${f.account} ${f.period} ${f.scenario} ${f.amount}`)).toEqual([
      'Fuel 2026-01 actual 10',
      'Rent 2026-01 actual 20',
      'Fuel 2026-02 actual 11',
      'Rent 2026-02 actual 21',
    ]);
  });

  it('reads a title naming two scenarios as neither, and falls back to the sheet name', () => {
    const grid = gridOf('Actuals', [['Budget vs actual'], ['Account', 'Jan-26'], ['Fuel', 10]]);
    expect(readWorkbook([grid]).facts[0].scenario).toBe('actual');
  });

  it('reads two tables stacked on one sheet, each with its own title', () => {
    const grid = gridOf('P&L', [
      ['Budget 2026'],
      ['Account', 'Jan-26', 'Feb-26'],
      ['Sales', 100, 100],
      [],
      ['Actual 2026'],
      ['Account', 'Jan-26', 'Feb-26'],
      ['Sales', 90, null],
    ]);
    const read = readWorkbook([grid]);
    expect(read.tables.map((t) => [t.range, t.scenarios])).toEqual([
      ['A2:C3', ['budget']],
      ['A6:C7', ['actual']],
    ]);
    expect(total(read.facts, { scenario: 'actual' })).toBe(90);
  });

  it('reads a grid that does not start at A1 with the right addresses', () => {
    const grid = gridOf(
      'Budget 2026',
      [
        ['Account', 'Jan-26'],
        ['Fuel', 'tbd'],
      ],
      { address: 'C5' },
    );
    const read = readWorkbook([grid]);
    expect(read.diagnostics[0]).toMatchObject({ cell: 'D6', code: 'text-in-number' });
    expect(read.tables[0]).toMatchObject({ range: 'C5:D6', headerRow: 5 });
  });
});

describe('readWorkbook on outlined sheets', () => {
  it('reads section headings written in an unnamed column left of the account names', () => {
    const grid = gridOf('Budget 2026', [
      [null, 'Account', 'Jan-26', 'Feb-26'],
      ['Revenue', null, null, null],
      [null, 'Freight', 100, 100],
      ['Operating expenses', null, null, null],
      [null, 'Freight', 40, 40],
    ]);
    const read = readWorkbook([grid]);
    expect(read.tables[0].columns[0].role).toBe('outline');
    expect(read.facts.map((f) => `${f.account} ${f.type} ${JSON.stringify(f.dims)}`)).toEqual([
      'Freight revenue {}',
      'Freight revenue {}',
      'Freight expense {}',
      'Freight expense {}',
    ]);
  });
});

describe('readWorkbook on Excel Tables', () => {
  it('takes the scenario and year of a Table from the title above it on the sheet', () => {
    const sheet = gridOf('Data', [['Forecast FY2026'], [], ['Account', 'Jan', 'Feb'], ['Sales', 10, 12]]);
    const table = gridOf(
      'Data',
      [
        ['Account', 'Jan', 'Feb'],
        ['Sales', 10, 12],
      ],
      { address: 'A3', tableName: 'tblForecast' },
    );
    const read = readWorkbook([sheet, table]);
    expect(read.tables.map((t) => [t.id, t.scenarios])).toEqual([['tblForecast', ['forecast']]]);
    expect(read.facts.map((f) => f.period)).toEqual(['2026-01', '2026-02']);
  });
});

describe('readWorkbook on fiscal period headers', () => {
  it('reads "P01".."P03" from the fiscal start and the year in the title', () => {
    const grid = gridOf('Budget', [['Budget FY2026'], ['Account', 'P01', 'P02', 'P03'], ['Sales', 1, 2, 3]]);
    // July start: FY2026 P01 is July 2025.
    const read = readWorkbook([grid], { fiscalYearStartMonth: 7 });
    expect(read.facts.map((f) => f.period)).toEqual(['2025-07', '2025-08', '2025-09']);
  });
});

describe('readWorkbook sign and zero conventions', () => {
  it('reads actual months that are zero on every line after the last reported month as not reported', () => {
    const grid = gridOf('Actuals 2026', [
      ['Account', 'Jan-26', 'Feb-26', 'Mar-26', 'Apr-26'],
      ['Fuel', 10, 0, 0, 0],
      ['Rent', 5, 6, 0, '-'],
    ]);
    const read = readWorkbook([grid]);
    // Feb has Rent 6, so Feb is reported (Fuel's 0 is a real zero); Mar and Apr are zero everywhere.
    expect(read.lastActualPeriod).toBe('2026-02');
    expect(read.facts.map((f) => `${f.account} ${f.period} ${f.amount}`)).toEqual([
      'Fuel 2026-01 10',
      'Fuel 2026-02 0',
      'Rent 2026-01 5',
      'Rent 2026-02 6',
    ]);
    expect(read.diagnostics.find((d) => d.code === 'actuals-not-reported')?.message).toContain(
      'from Mar 2026 to Apr 2026',
    );
  });

  it('turns expenses written as negatives into positive costs, keeping a lone reversal', () => {
    const grid = gridOf('Budget 2026', [
      ['Account', 'Jan-26', 'Feb-26'],
      ['Revenue'],
      ['Sales', 100, 100],
      ['Expenses'],
      ['Fuel', '(30)', -31],
      ['Rent', -10, -10],
      ['Insurance', -5, 2],
    ]);
    const read = readWorkbook([grid]);
    expect(read.facts.filter((f) => f.type === 'expense').map((f) => f.amount)).toEqual([30, 31, 10, 10, 5, -2]);
    expect(read.facts.filter((f) => f.type === 'revenue').map((f) => f.amount)).toEqual([100, 100]);
    expect(read.diagnostics.find((d) => d.code === 'sign-convention')).toMatchObject({ severity: 'info', cell: 'B5' });
  });

  it('keeps a single negative line as written', () => {
    const grid = gridOf('Budget 2026', [['Account', 'Jan-26'], ['Expenses'], ['Bad debt release', -4]]);
    expect(readWorkbook([grid]).facts[0].amount).toBe(-4);
  });
});

describe('readWorkbook arithmetic totals do not swallow lines', () => {
  it('keeps evenly phased lines that happen to add up (rent 10,000 + insurance 2,000 = utilities 12,000)', () => {
    const grid = gridOf('Budget 2026', [
      ['Account', 'Jan-26', 'Feb-26', 'Mar-26'],
      ['Rent', 10_000, 10_000, 10_000],
      ['Insurance', 2_000, 2_000, 2_000],
      ['Utilities', 12_000, 12_000, 12_000],
    ]);
    expect(readWorkbook([grid]).facts.filter((f) => f.account === 'Utilities')).toHaveLength(3);
  });

  it('keeps a coded line that equals the sum of the lines above', () => {
    const grid = gridOf('Budget 2026', [
      ['Code', 'Account', 'Jan-26', 'Feb-26'],
      ['6000', 'Fuel', 10, 20],
      ['6010', 'Tyres', 5, 6],
      ['6020', 'Maintenance', 15, 26],
    ]);
    expect(readWorkbook([grid]).facts).toHaveLength(6);
  });

  it('in a sheet with formulas, takes only computed rows for totals', () => {
    const rows = [
      ['Account', 'Jan-26', 'Feb-26'],
      ['Fuel', 10, 20],
      ['Tyres', 5, 6],
      ['Maintenance', 15, 26], // typed constants that happen to add up: a line
      ['Fleet', 30, 52], // computed "=B2+B3+B4": a total without a Total label
    ];
    const formulas = [[], [], [], [], [null, '=B2+B3+B4', '=C2+C3+C4']];
    const read = readWorkbook([gridOf('Budget 2026', rows, { formulas })]);
    expect([...new Set(read.facts.map((f) => f.account))]).toEqual(['Fuel', 'Tyres', 'Maintenance']);
    expect(read.excludedRows.find((e) => e.row === 5)).toMatchObject({ reason: 'subtotal', label: 'Fleet' });
  });
});

describe('readWorkbook does not split a table at data rows that look like headers', () => {
  it('reads amounts in the Excel date range as amounts, not as month headers', () => {
    const grid = gridOf('Budget 2026', [
      ['Account', 'Jan-26', 'Feb-26', 'Mar-26'],
      ['Rent', 1_000, 1_000, 1_000],
      [],
      ['Salaries', 45_000, 46_500, 47_250], // also the serials of 15 Mar 2023, 23 Apr 2027 and 8 May 2029
    ]);
    const read = readWorkbook([grid]);
    expect(read.tables).toHaveLength(1);
    expect(read.facts.filter((f) => f.account === 'Salaries').map((f) => f.amount)).toEqual([45_000, 46_500, 47_250]);
  });

  it('keeps a line whose department is a column word ("Warehouse") in its table', () => {
    const grid = gridOf('Actuals 2026', [
      ['Account', 'Department', 'Jan-26', 'Feb-26'],
      ['Rent', 'Admin', 10, null],
      [],
      ['Power', 'Warehouse', 7, null],
    ]);
    const read = readWorkbook([grid]);
    expect(read.tables).toHaveLength(1);
    expect(read.facts.find((f) => f.account === 'Power')).toMatchObject({ department: 'Warehouse', amount: 7 });
  });
});
