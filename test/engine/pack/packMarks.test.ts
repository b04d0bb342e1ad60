import { packMarkName, packMarkReference, packMarkTarget } from '../../../src/engine/pack/packMarks';

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
