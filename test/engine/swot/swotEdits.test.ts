import type { SwotResult } from '../../../src/engine/results/AnalysisResult';
import { scoreSwot } from '../../../src/engine/swot/scoreSwot';
import { applySwotEdits, editableFactors, editsFit, suggestionKey } from '../../../src/engine/swot/swotEdits';
import type { SwotRecord } from '../../../src/engine/read/datasets';

const at = (cell: string) => ({ sheet: 'SWOT', cell });
const record = (factor: string, category: SwotRecord['category'], weight: number, rating: number, cell: string) => ({
  factor,
  category,
  weight,
  rating,
  owner: null,
  notes: null,
  source: at(cell),
});

// A worked example in David's method: two factors a side, weights normalised within each matrix.
const records: SwotRecord[] = [
  record('Dense depot network', 'S', 0.3, 4, 'A2'),
  record('Ageing fleet', 'W', 0.2, 2, 'A3'),
  record('Cold-chain demand', 'O', 0.25, 3, 'A4'),
  record('Fuel price volatility', 'T', 0.25, 2, 'A5'),
];

function analysed(): SwotResult {
  const { swot } = scoreSwot(records, { kpis: [], lines: [], forecasts: [] });
  if (!swot) throw new Error('scored');
  return {
    ...swot,
    suggestions: [
      { factor: 'On-time delivery below target', category: 'W', evidence: 'OTD 91 % against 95 %', cells: [at('K9')] },
    ],
  } as SwotResult;
}

describe('applySwotEdits', () => {
  it("re-scores edited weights through the analysis' own scoring", () => {
    const base = analysed();
    const factors = editableFactors(base).map((f) => (f.factor === 'Ageing fleet' ? { ...f, weight: 0.9 } : f));
    const edited = applySwotEdits(base, { factors, decided: [] });
    // The analysed weights are already normalised (0.6 and 0.4); 0.6 and 0.9 normalise to 0.4 and 0.6:
    // IFE = 0.4 x 4 + 0.6 x 2 = 2.80.
    expect(edited.ife).toBe(2.8);
  });

  it('pairs an accepted suggestion in TOWS and stops offering it', () => {
    const base = analysed();
    const [suggestion] = base.suggestions;
    const factors = [
      ...editableFactors(base),
      { factor: suggestion.factor, category: suggestion.category, weight: 0.5, rating: 1, source: at('K9') },
    ];
    const edited = applySwotEdits(base, { factors, decided: [suggestionKey(suggestion)] });
    expect(edited.swot.items.map((i) => i.factor)).toContain(suggestion.factor);
    expect(edited.swot.tows.find((t) => t.pair === 'WO')?.internal).toContain(suggestion.factor);
    expect(edited.swot.suggestions).toEqual([]);
  });

  it('keeps the last complete totals while a matrix has no rated factor', () => {
    const base = analysed();
    const factors = editableFactors(base).map((f) =>
      f.category === 'O' || f.category === 'T' ? { ...f, rating: null } : f,
    );
    const edited = applySwotEdits(base, { factors, decided: [] });
    expect(edited.efe).toBeNull();
    expect(edited.swot.efe).toBe(base.efe);
  });
});

describe('editsFit', () => {
  it("holds for edits that start with the workbook's own factors, in order", () => {
    const base = analysed();
    const factors = editableFactors(base);
    expect(editsFit(base, { factors, decided: [] })).toBe(true);
    expect(editsFit(base, { factors: [...factors].reverse(), decided: [] })).toBe(false);
    expect(editsFit(base, { factors: factors.slice(1), decided: [] })).toBe(false);
    expect(editsFit(null, { factors, decided: [] })).toBe(false);
  });
});
