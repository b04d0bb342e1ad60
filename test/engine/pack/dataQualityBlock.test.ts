import { dataQualityBlocks } from '../../../src/engine/pack/dataQualityBlock';
import type { NoteBlock, TableBlock } from '../../../src/engine/pack/Pack';
import type { DataQuality } from '../../../src/engine/results/AnalysisResult';
import { analysisResult } from '../../fixtures/analysisResult';

/** A column of "n/a" typed in the March actuals of an export: one unreadable cell per line, rows 5 to 7. */
const issues: DataQuality['issues'] = [5, 6, 7].map((row) => ({
  sheet: 'Actuals',
  cell: `E${row}`,
  issue: 'text-in-number',
  shown: 'n/a',
  period: '2026-03',
  text: 'Read as no value: the month is left out of the comparison.',
  figure: `Account ${row}, actual`,
  lineKey: `Account ${row} | Sales`,
  kpi: null,
}));
const result = {
  ...analysisResult,
  dataQuality: {
    likeForLike: true,
    statement: '3 figures rest on cells that could not be read as they should.',
    issues,
  },
};

describe('dataQualityBlocks', () => {
  it('lists the first cells in source order and says how many there are and where to find them all', () => {
    const blocks = dataQualityBlocks(result, 2);
    const table = blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(table?.rows.map((r) => r.values.cell)).toEqual(['Actuals!E5', 'Actuals!E6']);
    expect(blocks.at(-1)).toEqual<NoteBlock>({
      kind: 'note',
      lines: [
        'The first 2 of 3 cells are listed; every one, with its sheet and cell, is in the output of ops-review analyze --json.',
      ],
    });
  });

  it('lists every cell, with no note, when they fit', () => {
    const blocks = dataQualityBlocks(result, 3);
    expect(blocks.find((b): b is TableBlock => b.kind === 'table')?.rows).toHaveLength(3);
    expect(blocks.filter((b) => b.kind === 'note')).toHaveLength(1);
  });
});
