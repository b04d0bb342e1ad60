import { buildPack } from '../../../src/engine/pack/buildPack';
import { layoutPack } from '../../../src/engine/pack/layoutPack';
import type { ExcelContext } from '../../../src/workbook/office/ExcelApi';
import { isPrintable, queuePageLayout, type PrintPageLayout } from '../../../src/workbook/office/queuePageLayout';
import { FakeExcel } from '../../../src/workbook/fake/FakeExcel';
import { analysisResult } from '../../fixtures/analysisResult';

/** A worksheet that records the print calls Excel would receive. */
function recordingSheet() {
  const calls: string[] = [];
  const footer = { leftFooter: '', centerFooter: '', rightFooter: '' };
  const pageLayout: PrintPageLayout & { printArea?: string; titleRows?: string } = {
    orientation: 'Portrait',
    zoom: {},
    leftMargin: 0,
    rightMargin: 0,
    topMargin: 0,
    bottomMargin: 0,
    headerMargin: 0,
    footerMargin: 0,
    headersFooters: { defaultForAllPages: footer },
    setPrintArea(area) {
      this.printArea = area;
    },
    setPrintTitleRows(rows) {
      this.titleRows = rows;
    },
  };
  const sheet = {
    pageLayout,
    horizontalPageBreaks: {
      add: (at: string) => calls.push(`break before ${at}`),
      removePageBreaks: () => calls.push('remove breaks'),
    },
    getRange: (address = 'all') => ({
      format: {
        set rowHeight(height: number) {
          calls.push(`height ${address} ${height}`);
        },
      },
      merge: () => calls.push(`merge ${address}`),
      unmerge: () => calls.push(`unmerge ${address}`),
    }),
  };
  const context = { workbook: { worksheets: { getItem: () => sheet } } } as unknown as ExcelContext;
  return { calls, pageLayout, footer, context };
}

describe('queuePageLayout', () => {
  const [summary] = layoutPack(buildPack(analysisResult, { generatedAt: '2026-04-03T09:15:00Z', company: 'Acme' }));

  it('sets up the page as the .xlsx writer does: landscape, one page wide, margins, titles, footer, breaks', () => {
    const { calls, pageLayout, footer, context } = recordingSheet();
    for (const write of queuePageLayout('OR Summary', summary)) write.queue(context);
    expect(pageLayout).toMatchObject({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: 0.4 * 72,
      printArea: summary.print?.printArea,
      titleRows: '$1:$4',
    });
    expect(footer.leftFooter).toBe('&8Acme · Monthly review in thousands');
    expect(footer.rightFooter).toBe('&8Page &P of &N');
    // Office.js breaks before a cell; the layout says after which row a page ends.
    const breaks = summary.print?.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    expect(calls).toEqual(expect.arrayContaining(breaks.map((row) => `break before A${row + 1}`)));
    expect(calls.indexOf('remove breaks')).toBeLessThan(calls.indexOf(`break before A${breaks[0] + 1}`));
    expect(calls).toContain('height 1:1 17');
    expect(calls.filter((c) => c.startsWith('merge '))).toEqual((summary.merges ?? []).map((m) => `merge ${m}`));
  });

  it('leaves a worksheet without print support (the in-memory fake) as it is', async () => {
    const fake = FakeExcel.fromGrids([]);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add('OR Summary');
      expect(isPrintable(sheet)).toBe(false);
      for (const write of queuePageLayout('OR Summary', summary)) write.queue(context);
      await context.sync();
    });
  });
});
