import { amountAt, groupLines, lineKey, lineKeyOfRun } from '../../../src/engine/variance/groupLines';
import { makeFacts } from './makeFacts';

describe('groupLines', () => {
  it('keys lines by account, department and sorted dimensions', () => {
    expect(lineKey({ account: '6100 Travel', department: 'Marketing', dims: {} })).toBe('6100 Travel | Marketing');
    expect(lineKey({ account: 'Sales', department: null, dims: { Region: 'N', Channel: 'Web' } })).toBe(
      'Sales | Channel=Web | Region=N',
    );
  });

  it('keys a run of facts of one line once, and a new line, department or dimension anew', () => {
    const keyOf = lineKeyOfRun();
    const north = { Region: 'North' };
    const travel = { account: '6100 Travel', department: 'Marketing', dims: north };
    // A wide row: twelve months of one line give one key, the same string each time.
    const first = keyOf(travel);
    expect(keyOf({ ...travel })).toBe(first);
    expect(first).toBe('6100 Travel | Marketing | Region=North');
    expect(keyOf({ ...travel, department: 'Sales' })).toBe('6100 Travel | Sales | Region=North');
    expect(keyOf({ ...travel, department: 'Sales', dims: { Region: 'South' } })).toBe(
      '6100 Travel | Sales | Region=South',
    );
    expect(keyOf({ account: '6200 Rent', department: 'Sales', dims: {} })).toBe('6200 Rent | Sales');
  });

  it('adds up duplicates and says where', () => {
    const facts = makeFacts([
      { account: 'Rent', type: 'expense', amounts: { budget: [100] } },
      { account: 'Rent', type: 'expense', amounts: { budget: [50] } },
    ]);
    const { lines, diagnostics } = groupLines(facts);
    expect(lines).toHaveLength(1);
    expect(amountAt(lines[0], 'budget', '2026-01')).toBe(150);
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        sheet: 'Budget',
        cell: 'C6',
        message:
          '"Rent" has more than one budget amount for 2026-01 (also Budget!C5); the amounts were added together.',
        code: 'duplicate-line',
      },
    ]);
  });

  it('keeps the first type when facts disagree', () => {
    const facts = makeFacts([
      { account: 'Other', type: 'revenue', amounts: { budget: [1] } },
      { account: 'Other', type: 'expense', amounts: { actual: [1] } },
    ]);
    const { lines, diagnostics } = groupLines(facts);
    expect(lines[0].type).toBe('revenue');
    expect(diagnostics[0]).toMatchObject({ sheet: 'Actuals', cell: 'C6', code: 'type-conflict' });
  });
});

describe('groupLines: unusable amounts', () => {
  it('leaves out an amount that is not a finite number, at its cell', () => {
    const facts = makeFacts([
      { account: 'Rent', type: 'expense', amounts: { budget: [100, Number.POSITIVE_INFINITY] } },
    ]);
    const { lines, diagnostics } = groupLines(facts);
    expect(amountAt(lines[0], 'budget', '2026-02')).toBeUndefined();
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        sheet: 'Budget',
        cell: 'D5',
        message: 'D5 does not hold a usable amount for "Rent" (2026-02); it was left out.',
        code: 'not-finite',
      },
    ]);
  });
});
