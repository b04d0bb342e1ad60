import { columnLetters, parseA1 } from '../../../src/engine/grid/address';
import { buildPack } from '../../../src/engine/pack/buildPack';
import { layoutPack } from '../../../src/engine/pack/layoutPack';
import {
  carriesSheetMark,
  packMarkName,
  packMarkReference,
  packMarkTarget,
  sheetMarkText,
  withSheetMark,
} from '../../../src/engine/pack/packMarks';
import { typingNoteText, withTypingNote } from '../../../src/engine/pack/typingNote';
import { analysisResult } from '../../fixtures/analysisResult';

describe('pack marks', () => {
  it('names one mark per pack sheet key', () => {
    expect(packMarkName('variance')).toBe('_OpsReview_variance');
  });

  it('reads the sheet back from the references Excel, Office.js and ExcelJS write', () => {
    expect(packMarkTarget("='OR Variance'!$A$1")).toBe('OR Variance');
    expect(packMarkTarget('Budget!$A$1')).toBe('Budget');
    expect(packMarkTarget(packMarkReference("Jo's pack"))).toBe("Jo's pack");
    expect(packMarkReference("Jo's pack")).toBe("'Jo''s pack'!$A$1");
  });

  it('finds no sheet in a broken mark or in something that is not a one-cell reference', () => {
    // Excel writes "#REF!$A$1" once the sheet is deleted; ExcelJS reads it back as a sheet called "#REF".
    expect(packMarkTarget('=#REF!$A$1')).toBeNull();
    expect(packMarkTarget("'#REF'!$A$1")).toBeNull();
    expect(packMarkTarget('=0.2')).toBeNull();
    expect(packMarkTarget("='OR Variance'!$A$1:$B$2")).toBeNull();
  });
});

describe('the content mark', () => {
  const layout = layoutPack(buildPack(analysisResult, { generatedAt: '2026-04-03T09:15:00Z' })).find(
    (l) => l.key === 'variance',
  );
  if (!layout) throw new Error('no variance layout');

  it('goes in row 1 of a hidden column right of everything the layout writes, charts included', () => {
    const marked = withSheetMark(layout);
    const mark = marked.cells[marked.cells.length - 1];
    const right = Math.max(
      parseA1(layout.usedRange.split(':')[1] ?? 'A1')?.column ?? 0,
      ...layout.charts.map((c) => parseA1(c.to)?.column ?? 0),
    );
    expect(mark?.range).toBe(`${columnLetters(right + 1)}1`);
    expect(mark?.values).toEqual([[{ text: sheetMarkText('variance') }]]);
    expect(marked.columns).toContainEqual({ column: columnLetters(right + 1), width: 10, hidden: true });
  });

  it("is found in a sheet's grid only for its own key", () => {
    const grid = {
      sheet: 'OR Variance',
      address: 'A1',
      values: [['Budget vs actual', null, sheetMarkText('variance')]],
    };
    expect(carriesSheetMark(grid, 'variance')).toBe(true);
    expect(carriesSheetMark(grid, 'summary')).toBe(false);
    expect(carriesSheetMark({ ...grid, values: [['Budget FY26']] }, 'variance')).toBe(false);
    expect(carriesSheetMark(null, 'variance')).toBe(false);
  });
});

describe('the typing note', () => {
  it('says where typing is kept, and whether the sheet is protected, two rows under the layout', () => {
    const layout = layoutPack(buildPack(analysisResult, { generatedAt: '2026-04-03T09:15:00Z' }))[1];
    if (!layout) throw new Error('no layout');
    const noted = withTypingNote(layout, true);
    const note = noted.cells[noted.cells.length - 1];
    const bottom = parseA1(layout.usedRange.split(':')[1] ?? 'A1')?.row ?? 0;
    expect(note?.range).toBe(`A${bottom + 3}`);
    expect(note?.values[0]?.[0]).toEqual({ text: typingNoteText(true, true) });
    expect(typingNoteText(true, true)).toContain('protected without a password');
    expect(typingNoteText(false, false)).toContain('Keep your notes on a sheet of your own');
    expect(typingNoteText(true, false)).toContain('rewritten by the next refresh');
  });
});
