import { ieCellFunction, ifeFunction } from '../../src/functions/swotFunctions';
import { DAVID_RETAIL_COMPUTER_STORE_IFE, DISTRIBUTOR_EFE } from '../engine/swot/swotFixtures';
import { call, column, errorOf } from './ranges';

const weights = (records: typeof DISTRIBUTOR_EFE): unknown[][] => column(records.map((r) => r.weight));
const ratings = (records: typeof DISTRIBUTOR_EFE): unknown[][] => column(records.map((r) => r.rating));
const categories = (records: typeof DISTRIBUTOR_EFE): unknown[][] => column(records.map((r) => r.category));

describe('OPSREVIEW.IFE', () => {
  it("reproduces David's retail computer store IFE (Strategic Management 13e, Table 4-10): 2.50", () => {
    const store = DAVID_RETAIL_COMPUTER_STORE_IFE;
    expect(call(() => ifeFunction(weights(store), ratings(store), categories(store)))).toBe(2.5);
    expect(call(() => ifeFunction(weights(store), ratings(store), null))).toBe(2.5);
  });

  it('scores an EFE the same way (the distributor example, 2.45), and scales weights that do not sum to 1', () => {
    expect(call(() => ifeFunction(weights(DISTRIBUTOR_EFE), ratings(DISTRIBUTOR_EFE), null))).toBe(2.45);
    // weights 2 and 2 are scaled to 0.5 and 0.5: 0.5 x 4 + 0.5 x 1 = 2.50
    expect(call(() => ifeFunction(column([2, 2]), column([4, 1]), null))).toBe(2.5);
    // a factor with no rating is left out, as in the pane: only 0.5 x 4 scaled to 1 x 4
    expect(call(() => ifeFunction(column([0.5, 0.5]), column([4, '']), null))).toBe(4);
  });

  it("checks each rating against its category's range rather than clamping it unseen", () => {
    expect(errorOf(() => ifeFunction(column([0.5, 0.5]), column([2, 2]), column(['S', 'W'])))).toEqual({
      error: '#NUM!',
      message: 'OPSREVIEW.IFE: rating 1 is 2, but a strength is rated 3 to 4.',
    });
    expect(errorOf(() => ifeFunction(column([0.5, 0.5]), column([5, 2]), null)).message).toBe(
      'OPSREVIEW.IFE: rating 1 is 5, but a factor is rated 1 to 4.',
    );
    expect(errorOf(() => ifeFunction(column([0.5, 0.5]), column([3, 3]), column(['S', 'O']))).message).toBe(
      'OPSREVIEW.IFE: strengths and weaknesses (IFE) and opportunities and threats (EFE) are scored apart; give one matrix.',
    );
    expect(errorOf(() => ifeFunction(column([0.5]), column([3, 3]), null)).error).toBe('#VALUE!');
    expect(errorOf(() => ifeFunction(column([1]), column(['']), null))).toEqual({
      error: '#N/A',
      message: 'OPSREVIEW.IFE: no factor has a rating.',
    });
  });
});

describe('OPSREVIEW.IECELL', () => {
  it("places David's IFE 2.50 with the EFE 2.45 in cell V, hold and maintain", () => {
    expect(call(() => ieCellFunction(2.5, 2.45, null))).toBe('V');
    expect(call(() => ieCellFunction(2.5, 2.45, 'strategy'))).toBe('hold-and-maintain');
  });

  it('bands at 2.00 and 3.00 on the totals rounded to 2 decimals, as the engine does', () => {
    expect(call(() => ieCellFunction(3, 3, null))).toBe('I');
    expect(call(() => ieCellFunction(2.99, 3, null))).toBe('II');
    expect(call(() => ieCellFunction(1.99, 2.99, null))).toBe('VI');
    expect(call(() => ieCellFunction(2.9999999, 1.5, null))).toBe('VII');
    expect(call(() => ieCellFunction(1, 1, 'Strategy'))).toBe('harvest-or-divest');
  });

  it('rejects totals outside 1-4 and unknown words', () => {
    expect(errorOf(() => ieCellFunction(4.5, 2, null)).error).toBe('#NUM!');
    expect(errorOf(() => ieCellFunction('high', 2, null)).error).toBe('#VALUE!');
    expect(errorOf(() => ieCellFunction(2, 2, 'colour')).message).toBe(
      'OPSREVIEW.IECELL: show must be one of "cell", "strategy", got "colour".',
    );
  });
});
