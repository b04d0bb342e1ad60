/**
 * Worked example of a folded Variance sheet on the Northwind fixture (six lines, March 2026) with the cap lowered
 * to 2 lines. ΔBU of the month / year to date (fixture figures, actual - budget): Product revenue +25,800 / +32,400,
 * Service revenue -6,800 / -13,100, Raw materials +17,300 / +31,200, Salaries -1,500 / -3,000, Rent 0 / 0,
 * IT software -2,600 / -2,900. The largest month ΔBU and the largest YTD ΔBU, in turn: Product revenue (both), then
 * Raw materials; so Service revenue folds in the revenue run (rows 5-6) and Salaries, Rent and IT software in the
 * expense run (rows 8-12).
 */
import { buildPack } from '../../../src/engine/pack/buildPack';
import { carryOverEntries } from '../../../src/engine/pack/carryOverEntries';
import type { NoteBlock, Pack, PackRow, TableBlock } from '../../../src/engine/pack/Pack';
import { analysisResult } from '../../fixtures/analysisResult';

const options = { generatedAt: '2026-04-03T09:15:00Z', sheets: ['variance' as const] };
const table = (pack: Pack, id: string): TableBlock => {
  const found = pack.sheets[0]?.blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const accounts = (rows: readonly PackRow[]) => rows.map((r) => r.values.account);
const totals = (t: TableBlock) => t.rows.filter((r) => r.emphasis === 'subtotal' || r.emphasis === 'total');

describe('foldPlRows through buildPack (Variance sheet over its cap)', () => {
  const full = buildPack(analysisResult, options);
  const folded = buildPack(analysisResult, { ...options, varianceLines: 2 });

  it('lists the largest variances in source order and adds the rest of each run up in "Other lines (n)"', () => {
    expect(accounts(table(folded, 'variance-lines').rows)).toEqual([
      'Product revenue',
      'Other lines (1)',
      'Total Sales',
      'Raw materials',
      'Other lines (3)',
      'Total expenses',
      'Net result',
    ]);
    // Salaries + Rent + IT software: month budget 120,000 + 25,000 + 12,000; actual 118,500 + 25,000 + 9,400.
    expect(table(folded, 'variance-lines').rows[4]?.values).toMatchObject({
      mBudget: 157_000,
      mActual: 152_900,
      mDelta: -4_100,
      yBudget: 471_000,
      yActual: 465_100,
      yDelta: -5_900,
      lineKey: null,
    });
    expect(table(folded, 'variance-lines').rows[4]?.tones).toMatchObject({ mDelta: 'good', yDelta: 'good' });
  });

  it('keeps every subtotal and result of the full pack, and the full-year table on the same rows', () => {
    expect(totals(table(folded, 'variance-lines'))).toEqual(totals(table(full, 'variance-lines')));
    expect(totals(table(folded, 'variance-full-year'))).toEqual(totals(table(full, 'variance-full-year')));
    expect(accounts(table(folded, 'variance-full-year').rows)).toEqual(accounts(table(folded, 'variance-lines').rows));
    // Full year of the folded expenses: budget 1,440,000 + 300,000 + 144,000; outlook 1,436,000 + 300,000 + 139,000.
    expect(table(folded, 'variance-full-year').rows[4]?.values).toMatchObject({
      fyBudget: 1_884_000,
      fyOutlook: 1_875_000,
    });
  });

  // Department results (revenue less costs), month / YTD ΔBU: Sales +19,000 / +19,300, Operations -15,800 / -28,200,
  // Admin +2,600 / +2,900. The same cap of 2 keeps Sales (largest month) and Operations (largest YTD).
  it('folds the department table past the same cap, its total unchanged', () => {
    const departments = table(folded, 'variance-departments').rows;
    expect(accounts(departments)).toEqual(['Sales', 'Operations', 'Other departments (1)', 'All departments']);
    expect(departments[2]?.values).toMatchObject({ mBudget: -37_000, mActual: -34_400, mDelta: 2_600, yDelta: 2_900 });
    expect(departments[2]?.tones).toMatchObject({ mDelta: 'good', yDelta: 'good' });
    expect(departments.at(-1)).toEqual(table(full, 'variance-departments').rows.at(-1));
  });

  it('says how many lines were folded and where every line can be read', () => {
    const note = folded.sheets[0]?.blocks.find((b): b is NoteBlock => b.kind === 'note');
    expect(note?.lines[0]).toBe(
      'This P&L has 6 lines, more than a review can read: the 2 with the largest ΔBU (the largest of the month and of the year to date, in turn) are listed in source order; the other 4 are added up in an "Other lines (n)" row in their section, so every subtotal and result is complete. Every line is in the source sheets (Budget, Actuals) and in the output of ops-review analyze --json.',
    );
  });

  it('leaves a P&L within the cap as it was', () => {
    expect(buildPack(analysisResult, { ...options, varianceLines: 6 })).toEqual(full);
  });

  it('lists a folded line again when a user commented on it, with the comment on its row', () => {
    const entry = { lineKey: 'Rent | Admin', commentary: 'Lease renewed', owner: 'CFO', action: null, due: null };
    const carried = carryOverEntries(folded, [entry]);
    const lines = table(carried.pack, 'variance-lines');
    expect(accounts(lines.rows)).toEqual([
      'Product revenue',
      'Other lines (1)',
      'Total Sales',
      'Raw materials',
      'Rent',
      'Other lines (2)',
      'Total expenses',
      'Net result',
    ]);
    expect(lines.rows[4]?.values).toMatchObject({ commentary: 'Lease renewed', owner: 'CFO', lineKey: 'Rent | Admin' });
    // Salaries + IT software, month: budget 120,000 + 12,000, actual 118,500 + 9,400.
    expect(lines.rows[5]?.values).toMatchObject({ mBudget: 132_000, mActual: 127_900 });
    expect(accounts(table(carried.pack, 'variance-full-year').rows)).toEqual(accounts(lines.rows));
    expect(totals(lines)).toEqual(totals(table(full, 'variance-lines')));
    expect(carried).toMatchObject({ kept: 1, retired: 0, messages: [] });
    expect(carried.pack.sheets[0]?.name).toBe('OR Variance');
  });
});
