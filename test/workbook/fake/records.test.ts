import { FakeExcel } from '../../../src/workbook/fake/FakeExcel';
import { FakeExcelError } from '../../../src/workbook/fake/FakeExcelError';

const sheetWithData = () =>
  FakeExcel.fromGrids([
    {
      sheet: 'Data',
      address: 'A1',
      values: [
        ['Month', 'Actual', 'Budget'],
        ['Jan', 10, 12],
        ['Feb', 14, 13],
      ],
    },
  ]);

describe('FakeExcel records what a writer asks for', () => {
  it('records charts: type, source, series ranges, colours, position, axes', async () => {
    const fake = sheetWithData();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('B2:B3'), 'Columns');
      chart.title.text = 'Actual vs budget';
      chart.setPosition('E2', 'L18');
      const actual = chart.series.getItemAt(0);
      actual.name = 'Actual';
      actual.setXAxisValues(sheet.getRange('A2:A3'));
      actual.format.fill.setSolidColor('#404040');
      actual.points.getItemAt(1).format.fill.setSolidColor('#2E7D32');
      const budget = chart.series.add('Budget');
      budget.setValues(sheet.getRange('C2:C3'));
      budget.chartType = 'Line';
      budget.format.line.lineStyle = 'Dash';
      chart.axes.valueAxis.numberFormat = '#,##0';
      await context.sync();
    });
    const [chart] = fake.snapshot().sheets[0].charts;
    expect(chart).toMatchObject({
      type: 'ColumnClustered',
      source: 'Data!B2:B3',
      title: 'Actual vs budget',
      from: 'E2',
      to: 'L18',
      series: [
        { name: 'Actual', values: 'B2:B3', xValues: 'A2:A3', fill: '#404040', pointFills: { 1: '#2E7D32' } },
        { name: 'Budget', values: 'C2:C3', chartType: 'Line', lineStyle: 'Dash' },
      ],
    });
  });

  it('fails a point index beyond the series’ values, as Excel does', async () => {
    const fake = sheetWithData();
    const attempt = fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('B2:B3'), 'Columns');
      chart.series.getItemAt(0).points.getItemAt(2).format.fill.setSolidColor('#FF0000');
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('records formats, conditional formats, widths, hidden columns and frozen rows', async () => {
    const fake = sheetWithData();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const header = sheet.getRange('A1:C1');
      header.format.font.bold = true;
      header.format.fill.color = '#E7E6E6';
      header.format.borders.getItem('EdgeBottom').weight = 'Medium';
      const numbers = sheet.getRange('B2:C3');
      const negative = numbers.conditionalFormats.add('CellValue');
      negative.cellValue.rule = { formula1: '0', operator: 'LessThan' };
      negative.cellValue.format.font.color = '#C62828';
      numbers.conditionalFormats.add('DataBar').dataBar.positiveFormat.fillColor = '#5B7FA6';
      sheet.getRange('A1').format.columnWidth = 99;
      sheet.getRange('C1').columnHidden = true;
      sheet.freezePanes.freezeRows(1);
      await context.sync();
      // Nested paths load formats, as in Office.js.
      const first = sheet.getRange('A1').load('format/font/bold,format/columnWidth');
      await context.sync();
      expect(first.format.font.bold).toBe(true);
      expect(first.format.columnWidth).toBe(99);
    });
    const data = fake.snapshot().sheets[0];
    expect(data.cells.find((c) => c.address === 'B1')?.format).toEqual({
      bold: true,
      fill: '#E7E6E6',
      borderBottom: { style: 'Continuous', weight: 'Medium', color: '#000000' },
    });
    expect(data.conditionalFormats).toEqual([
      {
        range: 'B2:C3',
        type: 'CellValue',
        operator: 'LessThan',
        formula1: '0',
        fontColor: '#C62828',
        fillColor: null,
        barColor: null,
      },
      {
        range: 'B2:C3',
        type: 'DataBar',
        operator: null,
        formula1: null,
        fontColor: null,
        fillColor: null,
        barColor: '#5B7FA6',
      },
    ]);
    expect(data.columnWidths).toEqual({ A: 99 });
    expect(data.hiddenColumns).toEqual(['C']);
    expect(data.frozenRows).toBe(1);
  });

  it('clears cells, formats and the conditional formats inside a cleared range', async () => {
    const fake = sheetWithData();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('B2:C3').conditionalFormats.add('DataBar').dataBar.positiveFormat.fillColor = '#5B7FA6';
      sheet.getRange('A1:C1').format.font.bold = true;
      await context.sync();
      sheet.getRange().clear('All');
      await context.sync();
    });
    const data = fake.snapshot().sheets[0];
    expect([data.usedRange, data.cells.length, data.conditionalFormats.length]).toEqual([null, 0, 0]);
  });

  it('navigates with getCell and getResizedRange, relative to the range', async () => {
    const fake = sheetWithData();
    await fake.run(async (context) => {
      const origin = context.workbook.worksheets.getItem('Data').getRange('B2');
      const cell = origin.getCell(1, 1).load('address,values');
      const grown = origin.getResizedRange(1, 1).load('address,rowCount,columnCount');
      await context.sync();
      expect([cell.address, cell.values]).toEqual(['Data!C3', [[13]]]);
      expect([grown.address, grown.rowCount, grown.columnCount]).toEqual(['Data!B2:C3', 2, 2]);
    });
  });

  it('keeps at least one visible sheet, as Excel does', async () => {
    const fake = sheetWithData();
    const attempt = fake.run(async (context) => {
      context.workbook.worksheets.getItem('Data').visibility = 'VeryHidden';
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('fails a sync whose response (loaded data) exceeds 5 MB', async () => {
    // 60,000 cells of 100 characters: about 6 MB of values to send back.
    const fake = FakeExcel.fromGrids([
      { sheet: 'Big', address: 'A1', values: Array.from({ length: 60_000 }, () => ['z'.repeat(100)]) },
    ]);
    const attempt = fake.run(async (context) => {
      context.workbook.worksheets.getItem('Big').getRange('A1:A60000').load('values');
      await context.sync();
    });
    await expect(attempt).rejects.toThrow(FakeExcelError);
    await expect(attempt).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });
});

describe('FakeExcel sheets', () => {
  it('refuses writes through a proxy of a sheet deleted earlier in the batch', async () => {
    const fake = FakeExcel.fromGrids([
      { sheet: 'Keep', address: 'A1', values: [[1]] },
      { sheet: 'Gone', address: 'A1', values: [[2]] },
    ]);
    const attempt = fake.run(async (context) => {
      const gone = context.workbook.worksheets.getItem('Gone');
      const cell = gone.getRange('B1');
      gone.delete();
      cell.values = [['too late']];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(['Keep']);
  });
});
