import { parsePeriod } from '../../../src/engine/read/periods/parsePeriod';
import { readWorkbook } from '../../../src/engine/read/readWorkbook';
import { gridOf } from './gridOf';

const ALL_2026 = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

/** A one-line budget under `headers`, titled with its year: twelve months of 1,000 if every header is read. */
function budget(sheet: string, headers: readonly string[], title = 'Budget 2026') {
  return gridOf(sheet, [[title], ['Account', ...headers], ['Freight revenue', ...headers.map(() => 1000)]]);
}

describe('month headers in the languages finance teams write', () => {
  it.each([
    ['Italian', ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic']],
    ['French', ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']],
    ['German', ['Jan', 'Feb', 'Mrz', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez']],
    [
      'German, full',
      [
        'Januar',
        'Februar',
        'März',
        'April',
        'Mai',
        'Juni',
        'Juli',
        'August',
        'September',
        'Oktober',
        'November',
        'Dezember',
      ],
    ],
    ['Spanish', ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic']],
    ['Dutch', ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']],
    ['Portuguese', ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez']],
    [
      'French without accents',
      ['janv', 'fevr', 'mars', 'avr', 'mai', 'juin', 'juil', 'aout', 'sept', 'oct', 'nov', 'dec'],
    ],
  ])('reads all twelve %s month names', (_language, headers) => {
    const read = readWorkbook([budget('Budget', headers)]);
    expect(read.tables[0].periods).toEqual(ALL_2026);
    // Twelve months of 1,000: nothing summed into one month, nothing dropped.
    expect(read.facts.map((f) => f.amount)).toEqual(Array(12).fill(1000));
  });

  it.each([
    ['gen-26', '2026-01'],
    ['févr. 2026', '2026-02'],
    ['Mrz 26', '2026-03'],
    ['abr-2026', '2026-04'],
    ['mei 2026', '2026-05'],
    ['giu 26', '2026-06'],
    ['juil. 26', '2026-07'],
    ['ago/26', '2026-08'],
    ['set-26', '2026-09'],
    ['out 2026', '2026-10'],
    ['Okt. 2026', '2026-10'],
    ['dic-26', '2026-12'],
    ['déc. 2026', '2026-12'],
  ])('reads %j as %s', (text, period) => {
    expect(parsePeriod(text)).toEqual({ kind: 'month', period });
  });

  it('does not take a lone word that happens to be a month for a month column', () => {
    // "Out" is October in Portuguese, but one such header among "In" and "Balance" is a stock movement column.
    const read = readWorkbook([
      gridOf('Stock', [
        ['Account', 'Type', 'In', 'Out', 'Balance', 'Jan-26', 'Feb-26'],
        ['Pallets', 'Expense', 5, 3, 2, 10, 12],
      ]),
    ]);
    expect(read.tables[0].periods).toEqual(['2026-01', '2026-02']);
  });
});

describe('text dates in a header row', () => {
  const usHeaders = ALL_2026.map((p) => `${Number(p.slice(5))}/1/2026`);

  it('reads m/1/2026 month first, because day first all twelve columns would be January', () => {
    const read = readWorkbook([budget('Budget', usHeaders)]);
    expect(read.tables[0].periods).toEqual(ALL_2026);
    expect(read.facts).toHaveLength(12);
    const note = read.diagnostics.find((d) => d.code === 'date-order');
    expect(note).toMatchObject({ sheet: 'Budget', cell: 'A2' });
    expect(note?.message).toMatch(
      /read month first \(US style\): day first, all 12 columns would fall in the same months/,
    );
  });

  it('reads 1/m/2026 day first, for the same reason the other way round', () => {
    const read = readWorkbook([
      budget(
        'Budget',
        ALL_2026.map((p) => `1/${Number(p.slice(5))}/2026`),
      ),
    ]);
    expect(read.tables[0].periods).toEqual(ALL_2026);
    expect(read.diagnostics.find((d) => d.code === 'date-order')?.message).toMatch(/read day first: month first/);
  });

  it('reads month-end dates by the day that settles it', () => {
    const ends = ['31/01/2026', '28/02/2026', '31/03/2026'];
    const read = readWorkbook([budget('Budget', ends)]);
    expect(read.tables[0].periods).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(read.diagnostics.find((d) => d.code === 'date-order')?.message).toMatch(/read day first, as 31/);
    const us = readWorkbook([budget('Budget', ['01/31/2026', '02/28/2026', '03/31/2026'])]);
    expect(us.tables[0].periods).toEqual(['2026-01', '2026-02', '2026-03']);
  });
});

describe('columns left out', () => {
  it('says why, and warns about a column of numbers under a header that names nothing', () => {
    // "Mrz." typed as "Mrzz" by mistake: without the warning March would vanish from the budget silently.
    const read = readWorkbook([
      budget('Budget', ['Jan 26', 'Feb 26', 'Mrzz 26', 'Apr 26']),
      gridOf('Budget FY', [
        ['Account', 'Jan-26', 'Feb-26', 'FY total'],
        ['Rent', 10, 10, 20],
      ]),
    ]);
    const warning = read.diagnostics.find((d) => d.code === 'column-left-out');
    expect(warning).toMatchObject({ severity: 'warning', sheet: 'Budget', cell: 'D2' });
    expect(warning?.message).toContain('D2 "Mrzz 26"');
    expect(read.tables[0].columns[3]).toMatchObject({
      role: 'ignored',
      reason: expect.stringMatching(/names no month/),
    });
    // A total column is left out with its reason, and no warning.
    expect(read.tables[1].columns[3]).toMatchObject({ role: 'ignored', reason: expect.stringMatching(/^a total/) });
    expect(read.diagnostics.filter((d) => d.code === 'column-left-out')).toHaveLength(1);
  });
});
