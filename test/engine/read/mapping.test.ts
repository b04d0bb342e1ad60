import { mappingFromRead, parseMapping } from '../../../src/engine/read/mapping';
import type { Mapping } from '../../../src/engine/read/mapping';
import { readWorkbook } from '../../../src/engine/read/readWorkbook';
import { wideBudget } from './financeFixtures';
import { gridOf } from './gridOf';

describe('the confirmed mapping', () => {
  const detected = readWorkbook([wideBudget]);
  const mapping = mappingFromRead(detected);

  it('describes what detection understood, versioned', () => {
    expect(mapping).toMatchObject({ version: 1, fiscalYearStartMonth: 1, duplicates: 'sum' });
    expect(mapping.tables[0]).toMatchObject({
      id: 'Budget!A4:G21',
      sheet: 'Budget',
      headerRow: 4,
      role: 'finance',
      scenario: 'budget',
    });
    expect(mapping.accountTypes).toMatchObject({ 'Freight revenue': 'revenue', Fuel: 'expense' });
  });

  it('survives being saved as JSON and read back', () => {
    const parsed = parseMapping(JSON.stringify(mapping));
    expect(parsed).toEqual({ ok: true, mapping });
  });

  it('gives the same reading when applied', () => {
    const again = readWorkbook([wideBudget], { mapping });
    expect(again.facts).toEqual(detected.facts);
    expect(again.excludedRows).toEqual(detected.excludedRows);
    expect(again.tables[0].reason).toBe('As confirmed by the user.');
  });

  it('applies the user corrections: account type, column role, scenario and ignored tables', () => {
    const corrected: Mapping = {
      ...mapping,
      accountTypes: { ...mapping.accountTypes, Fuel: 'revenue' },
      tables: [
        {
          ...mapping.tables[0],
          scenario: 'forecast',
          columns: (mapping.tables[0].columns ?? []).map((c) =>
            c.role === 'department' ? { ...c, role: 'dimension' } : c,
          ),
        },
      ],
    };
    const read = readWorkbook([wideBudget], { mapping: corrected });
    const fuel = read.facts.find((f) => f.account === 'Fuel');
    expect(fuel).toMatchObject({
      type: 'revenue',
      scenario: 'forecast',
      department: null,
      dims: { Department: 'Road' },
    });
    const ignored = readWorkbook([wideBudget], {
      mapping: { ...mapping, tables: [{ ...mapping.tables[0], role: 'unknown' }] },
    });
    expect(ignored.facts).toEqual([]);
  });

  it('warns about a saved table that is no longer there and detects again', () => {
    const stale = { ...mapping, tables: [{ ...mapping.tables[0], sheet: 'Old budget' }] };
    const read = readWorkbook([wideBudget], { mapping: stale });
    expect(read.diagnostics.find((d) => d.code === 'mapping-stale')).toMatchObject({
      severity: 'warning',
      sheet: 'Old budget',
    });
    expect(read.facts).toEqual(detected.facts);
  });

  it.each([
    ['not JSON', '{version: 1', 'not valid JSON'],
    ['a wrong version', { ...mapping, version: 2 }, 'version'],
    ['an unknown key', { ...mapping, extra: true }, 'not valid'],
    [
      'a prototype key',
      JSON.parse('{"version":1,"fiscalYearStartMonth":1,"tables":[],"__proto__":{"polluted":true}}') as unknown,
      'not allowed',
    ],
    ['a month 13', { ...mapping, fiscalYearStartMonth: 13 }, 'fiscalYearStartMonth'],
    [
      'an unknown column role',
      { ...mapping, tables: [{ ...mapping.tables[0], columns: [{ index: 0, role: 'drop table' }] }] },
      'role',
    ],
    ['a huge table list', { ...mapping, tables: new Array(600).fill(mapping.tables[0]) }, 'tables'],
    ['a nested bomb', { version: 1, fiscalYearStartMonth: 1, tables: [[[[[[[[[[[]]]]]]]]]]] }, 'not allowed'],
    ['null', null, 'not valid'],
  ])('rejects %s with a message', (_what, input, words) => {
    const parsed = parseMapping(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(words);
  });

  it('runs detection again, with a diagnostic, when the saved mapping is invalid', () => {
    const read = readWorkbook([wideBudget], { mapping: { version: 99 } });
    expect(read.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'mapping-invalid', cell: null });
    expect(read.facts).toEqual(detected.facts);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lets the fiscal start option win over the saved mapping', () => {
    const grid = gridOf('Budget', [
      ['Account', 'FY26 P01'],
      ['Sales', 1],
    ]);
    const read = readWorkbook([grid], {
      mapping: { ...mapping, tables: [], fiscalYearStartMonth: 4 },
      fiscalYearStartMonth: 10,
    });
    expect(read.facts[0].period).toBe('2025-10');
  });
});
