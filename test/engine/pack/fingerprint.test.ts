import { createHash } from 'node:crypto';
import { fingerprintGrid } from '../../../src/engine/pack/fingerprint';
import type { Grid } from '../../../src/engine/grid/Grid';

const budget: Grid = {
  sheet: 'Budget',
  address: 'A1',
  values: [
    ['Account', 'Jan-26', 'Feb-26'],
    ['Rent', 25000, 25000],
    ['Salaries', 120000, 121500],
  ],
};

describe('fingerprintGrid', () => {
  it('is the SHA-256 of the address and the rows as tagged text, so packs keep their fingerprints', () => {
    // The definition the run log has always used: address, newline, rows joined by newlines, cells by tabs, text as JSON.
    const text = 'A1\ns"Account"\ts"Jan-26"\ts"Feb-26"\ns"Rent"\tn25000\tn25000\ns"Salaries"\tn120000\tn121500';
    const expected = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
    expect(fingerprintGrid(budget).fingerprint).toBe(expected);
  });

  it('hashes a million-row ledger without running out of stack or memory', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => ['2026-01', `6${i % 200}`, i / 100]);
    expect(fingerprintGrid({ sheet: 'GL', address: 'A1', values }).rows).toBe(1_000_000);
  });

  it('is the same for the same values and says where they came from', () => {
    const a = fingerprintGrid(budget);
    expect(a).toEqual(fingerprintGrid({ ...budget, values: budget.values.map((r) => [...r]) }));
    expect(a).toMatchObject({ source: 'Budget', rows: 3, columns: 3 });
    expect(a.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when one amount changes', () => {
    const edited = { ...budget, values: [budget.values[0], budget.values[1], ['Salaries', 120000, 121501]] };
    expect(fingerprintGrid(edited).fingerprint).not.toBe(fingerprintGrid(budget).fingerprint);
  });

  it('tells a number from the same digits typed as text, and an error from its text', () => {
    const asNumber = fingerprintGrid({ sheet: 'S', address: 'A1', values: [[1, { error: '#N/A' }]] });
    const asText = fingerprintGrid({ sheet: 'S', address: 'A1', values: [['1', { error: '#N/A' }]] });
    const errorAsText = fingerprintGrid({ sheet: 'S', address: 'A1', values: [[1, '#N/A']] });
    expect(new Set([asNumber.fingerprint, asText.fingerprint, errorAsText.fingerprint]).size).toBe(3);
  });

  it('ignores trailing empty cells and rows, where hosts disagree about the used range', () => {
    const padded: Grid = { ...budget, values: [...budget.values.map((r) => [...r, null]), [null, null, null, null]] };
    expect(fingerprintGrid(padded).fingerprint).toBe(fingerprintGrid(budget).fingerprint);
  });

  it('names a table on part of a sheet by its range, an Excel Table by its name', () => {
    expect(fingerprintGrid({ ...budget, address: 'B4' }).source).toBe('Budget!B4');
    expect(fingerprintGrid({ ...budget, tableName: 'tblBudget' }).source).toBe('tblBudget');
  });
});
