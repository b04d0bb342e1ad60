import { readPackEntries } from '../../../src/engine/pack/readPackEntries';
import type { Grid } from '../../../src/engine/grid/Grid';

/** A Variance sheet as a user left it: rows re-sorted, a comment typed, a due date entered as a date (serial). */
const sheet: Grid = {
  sheet: 'OR Variance',
  address: 'A1',
  values: [
    ['Budget vs actual: March 2026'],
    [],
    ['Budget vs actual by line'],
    ['Account', 'Month ΔBU', 'Commentary', 'Owner', 'Action', 'Due', 'Line key'],
    ['Salaries', -1500, null, null, null, null, 'Salaries | Operations'],
    [
      'Raw materials',
      17300,
      'Steel surcharge from March',
      'A. Patel',
      'Renegotiate',
      46142,
      'Raw materials | Operations',
    ],
    ['Operations total', -15800, null, null, null, null, null],
    ['Rent', 0, { error: '#N/A' }, null, null, null, 'Rent | Admin'],
    [null, null, null, null, null, null, null],
    ['How to read this sheet'],
    ['Retired comments'],
    ['Line key', 'Commentary', 'Owner', 'Action', 'Due'],
    ['Travel | Sales', 'Trade fair', null, null, null],
  ],
};

describe('readPackEntries', () => {
  it('reads each keyed row with something typed, matched by its line key, not its position', () => {
    expect(readPackEntries(sheet)).toEqual([
      {
        lineKey: 'Raw materials | Operations',
        commentary: 'Steel surcharge from March',
        owner: 'A. Patel',
        action: 'Renegotiate',
        due: 46142,
      },
      { lineKey: 'Rent | Admin', commentary: '#N/A', owner: null, action: null, due: null },
      { lineKey: 'Travel | Sales', commentary: 'Trade fair', owner: null, action: null, due: null },
    ]);
  });

  it('finds nothing on a sheet without a line-key header', () => {
    expect(
      readPackEntries({
        sheet: 'Budget',
        address: 'A1',
        values: [
          ['Account', 'Commentary'],
          ['Rent', 'x'],
        ],
      }),
    ).toEqual([]);
  });

  it('treats whitespace-only cells as nothing typed', () => {
    const grid: Grid = {
      sheet: 'S',
      address: 'A1',
      values: [
        ['Commentary', 'Line key'],
        ['   ', 'Rent | Admin'],
      ],
    };
    expect(readPackEntries(grid)).toEqual([]);
  });

  it('keeps an entry whose line key was cleared, or whose whole key column was, under words naming its row', () => {
    const cleared: Grid = {
      sheet: 'OR Variance',
      address: 'A4',
      values: [
        ['Account', 'Month ΔBU', 'Commentary', 'Owner', 'Action', 'Due', 'Line key'],
        ['Raw materials', 17300, 'Steel surcharge from March', 'A. Patel', null, null, null],
        ['Operations total', -15800, null, null, null, null, null],
      ],
    };
    const entry = {
      lineKey: 'Raw materials, row 5 (its line key was cleared)',
      commentary: 'Steel surcharge from March',
      owner: 'A. Patel',
      action: null,
      due: null,
    };
    expect(readPackEntries(cleared)).toEqual([entry]);
    const noKeyColumn: Grid = { ...cleared, values: cleared.values.map((row) => row.slice(0, 6)) };
    expect(readPackEntries(noKeyColumn)).toEqual([entry]);
  });
});
