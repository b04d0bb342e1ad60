import { ifeEfe } from '../../../src/engine/swot/ifeEfe';
import { DAVID_RETAIL_COMPUTER_STORE_IFE, DISTRIBUTOR_EFE, factor } from './swotFixtures';

describe('ifeEfe', () => {
  it("reproduces David's retail computer store IFE matrix (Table 4-10): total 2.50", () => {
    const { ife, efe, items, diagnostics } = ifeEfe(DAVID_RETAIL_COMPUTER_STORE_IFE);
    expect(ife).toBe(2.5);
    expect(efe).toBeNull();
    expect(diagnostics).toEqual([]);
    // Printed weighted scores, row by row
    expect(items.map((i) => Number(i.score.toFixed(2)))).toEqual([
      0.15, 0.28, 0.3, 0.15, 0.06, 0.45, 0.2, 0.09, 0.06, 0.2, 0.3, 0.02, 0.02, 0.04, 0.1, 0.03, 0.05,
    ]);
  });

  it('totals the EFE worked example to 2.45', () => {
    const { ife, efe } = ifeEfe(DISTRIBUTOR_EFE);
    expect(ife).toBeNull();
    expect(efe).toBe(2.45);
  });

  it('scales weights that do not sum to 1, with a warning', () => {
    // Weights typed as percentages 60 / 40: scaled to 0.6 / 0.4; total 0.6 x 4 + 0.4 x 2 = 3.20
    const { ife, items, diagnostics } = ifeEfe([factor('S', 'Brand', 60, 4), factor('W', 'Costs', 40, 2)]);
    expect(ife).toBe(3.2);
    expect(items.map((i) => i.weight)).toEqual([0.6, 0.4]);
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        sheet: 'SWOT',
        cell: null,
        message: 'The IFE weights add up to 100, not 1.00; they are scaled in proportion so that they do.',
        code: 'swot-weight-sum',
      },
    ]);
  });

  it('brings out-of-range ratings to the nearest allowed one, and leaves unrated factors out', () => {
    const strength = factor('S', 'Strong balance sheet', 0.5, 2); // strengths are rated 3-4
    const weakness = factor('W', 'Ageing fleet', 0.5, 5); // weaknesses 1-2
    const unrated = factor('O', 'Export market', 0.5, null);
    const threat = factor('T', 'New entrant', 0.5, 0); // opportunities and threats 1-4
    const { ife, efe, items, diagnostics } = ifeEfe([strength, weakness, unrated, threat]);
    // IFE 0.5 x 3 + 0.5 x 2 = 2.50; EFE only the threat, weight 0.5 scaled to 1: 1 x 1 = 1.00
    expect(ife).toBe(2.5);
    expect(efe).toBe(1);
    expect(items.map((i) => [i.factor, i.rating])).toEqual([
      ['Strong balance sheet', 3],
      ['Ageing fleet', 2],
      ['New entrant', 1],
    ]);
    expect(diagnostics.map((d) => [d.code, d.cell])).toEqual([
      ['swot-rating', strength.source.cell],
      ['swot-rating', weakness.source.cell],
      ['swot-rating', unrated.source.cell],
      ['swot-rating', threat.source.cell],
      ['swot-weight-sum', null],
    ]);
    expect(diagnostics[0].message).toBe(
      'The strength "Strong balance sheet" is rated 2, but a strength is rated 3 to 4; it is scored as 3.',
    );
    expect(diagnostics[2].message).toBe(
      'The opportunity "Export market" has no rating, so it is left out of the scores; rate it 1 to 4.',
    );
  });

  it('says "an opportunity" where the category starts with a vowel', () => {
    const { diagnostics } = ifeEfe([factor('O', 'E-commerce growth', 1, 5), factor('T', 'New entrant', 1, 2)]);
    expect(diagnostics[0].message).toBe(
      'The opportunity "E-commerce growth" is rated 5, but an opportunity is rated 1 to 4; it is scored as 4.',
    );
  });

  it('fills a missing weight with the average of the others', () => {
    // weights 0.3, 0.3, (0.3 filled) -> 1/3 each after scaling; total (4 + 3 + 1) / 3 = 2.67
    const { ife, diagnostics } = ifeEfe([
      factor('S', 'A', 0.3, 4),
      factor('S', 'B', 0.3, 3),
      factor('W', 'C', null, 1),
    ]);
    expect(ife).toBe(2.67);
    expect(diagnostics.map((d) => d.code)).toEqual(['swot-weight', 'swot-weight-sum']);
  });

  it('rounds the total to 2 decimals as the method reports it, so 2.9999999999999996 is 3.00', () => {
    // 0.15 x 2 + 0.7 x 3 + 0.15 x 4 sums to 2.9999999999999996 in floating point; on paper it is 3.00.
    const { ife } = ifeEfe([factor('W', 'X', 0.15, 2), factor('S', 'Y', 0.7, 3), factor('S', 'Z', 0.15, 4)]);
    expect(ife).toBe(3);
  });
});
