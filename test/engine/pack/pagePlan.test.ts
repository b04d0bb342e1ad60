import { columnPoints, pageBreaks, printScale } from '../../../src/engine/pack/pagePlan';

describe('pagePlan', () => {
  it("measures columns as Excel does: 8.43 characters are Excel's default 64 px, 48 pt", () => {
    // Excel's default column: 8.43 characters of Calibri 11 = 64 pixels = 48 points (Microsoft's column width docs).
    expect(columnPoints(8.43)).toBe(48);
  });

  it('prints at full size when the sheet fits the page width, and shrinks only as far as one page wide needs', () => {
    // Printable width: 11 in less 0.8 in margins = 10.2 in = 734.4 pt.
    expect(printScale(500)).toBe(1);
    expect(printScale(1468.8)).toBe(0.5);
  });

  it('moves a chart that would cross the page end to the next page, whole', () => {
    // 4 title rows, then 20 rows, then an 18-row chart: at scale 1 a page holds about 480 pt, 32 rows of 15 pt.
    const heights = Array.from({ length: 50 }, () => 15);
    const breaks = pageBreaks({ heights, titleRows: 4, keep: [{ first: 24, last: 42 }], scale: 1 });
    expect(breaks).toEqual([24]);
  });

  it('cuts a long table between rows without keep ranges, repeating the title rows on every page', () => {
    const heights = Array.from({ length: 100 }, () => 15);
    const breaks = pageBreaks({ heights, titleRows: 4, keep: [], scale: 1 });
    expect(breaks.length).toBeGreaterThanOrEqual(3);
    // Pages after the first hold the 4 repeated title rows, so they carry 4 fewer rows of content.
    const first = breaks[0];
    expect(breaks[1] - breaks[0]).toBe(first - 4);
  });

  it('keeps a range taller than a page where it is rather than leaving a page blank', () => {
    const heights = Array.from({ length: 80 }, () => 15);
    const breaks = pageBreaks({ heights, titleRows: 2, keep: [{ first: 5, last: 75 }], scale: 1 });
    expect(breaks[0]).toBeGreaterThan(5);
  });
});
