/** A small user workbook for Office.js writer tests on the fake, and a way to look at one of its sheets. */
import type { Grid } from '../../../src/engine/grid/Grid';
import type { FakeExcel } from '../../../src/workbook/fake/FakeExcel';
import type { SheetSnapshot } from '../../../src/workbook/fake/snapshot';

/** The user's budget, an Excel Table: the sheet the pack must never touch. */
export const budget: Grid = {
  sheet: 'Budget',
  address: 'A1',
  values: [
    ['Account', 'Jan-26'],
    ['Revenue', 1000],
  ],
  tableName: 'tblBudget',
};

/** The snapshot of sheet `name`; fails the test when the workbook has no such sheet. */
export function sheet(fake: FakeExcel, name: string): SheetSnapshot {
  const found = fake.snapshot().sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}
