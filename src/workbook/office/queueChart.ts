/**
 * The write of one chart: a native Excel chart drawn from the chart's data table in the layout, so it stays live.
 * Everything used is ExcelApi 1.7–1.8 (`series.add`, `setValues`, `setXAxisValues`, series `chartType`, axis
 * `numberFormat`), within the add-in's 1.9 baseline. Waterfall charts (ExcelApi 1.9 `Waterfall` type) are not
 * used: they are unreliable through the API, so bridges arrive from the engine as stacked columns on an invisible
 * base. Fill transparency (the forecast interval band) has no Office.js API; the band is drawn in its light colour.
 */
import type { ChartType, LayoutChart, LayoutChartSeries, PlotAs } from '../../engine';
import type { ExcelChart, ExcelChartSeries, ExcelChartType, ExcelContext } from './ExcelApi';
import { estimateBytes, type QueuedWrite } from './WriteBatch';

const CHART_TYPE: Readonly<Record<ChartType, ExcelChartType>> = {
  columnLine: 'ColumnClustered',
  stackedColumn: 'ColumnStacked',
  bar: 'BarClustered',
  line: 'Line',
  scatter: 'XYScatter',
};

/** How each chart type draws a series by default; a series drawn otherwise gets its own series chart type. */
const NATIVE_PLOT: Readonly<Record<ChartType, PlotAs>> = {
  columnLine: 'column',
  stackedColumn: 'column',
  bar: 'bar',
  line: 'line',
  scatter: 'scatter',
};

const SERIES_TYPE: Readonly<Record<PlotAs, ExcelChartSeries['chartType']>> = {
  column: 'ColumnClustered',
  bar: 'BarClustered',
  line: 'Line',
  area: 'AreaStacked',
  scatter: 'XYScatter',
};

function styleSeries(series: ExcelChartSeries, spec: LayoutChartSeries, chartType: ChartType): void {
  series.name = spec.name;
  if (spec.plotAs !== NATIVE_PLOT[chartType]) series.chartType = SERIES_TYPE[spec.plotAs];
  if (spec.look.fill === null) series.format.fill.clear();
  else series.format.fill.setSolidColor(`#${spec.look.fill}`);
  if (spec.look.line === null) series.format.line.clear();
  else {
    series.format.line.color = `#${spec.look.line}`;
    if (spec.look.dash === 'dash') series.format.line.lineStyle = 'Dash';
  }
  spec.pointColours?.forEach((colour, index) => series.points.getItemAt(index).format.fill.setSolidColor(`#${colour}`));
}

function setAxes(chart: ExcelChart, spec: LayoutChart): void {
  chart.axes.valueAxis.numberFormat = spec.valueFormat;
  const { axes } = spec;
  if (axes?.yMin !== undefined) chart.axes.valueAxis.minimum = axes.yMin;
  if (axes?.yMax !== undefined) chart.axes.valueAxis.maximum = axes.yMax;
  if (axes?.xMin !== undefined) chart.axes.categoryAxis.minimum = axes.xMin;
  if (axes?.xMax !== undefined) chart.axes.categoryAxis.maximum = axes.xMax;
  if (spec.yTitle !== undefined) chart.axes.valueAxis.title.text = spec.yTitle;
  if (spec.xTitle !== undefined) chart.axes.categoryAxis.title.text = spec.xTitle;
}

/** Queues the chart `spec` on `sheetName`; a chart with no series is skipped (Excel cannot draw it). */
export function queueChart(sheetName: string, spec: LayoutChart): QueuedWrite[] {
  const [first, ...others] = spec.series;
  if (first === undefined) return [];
  return [
    {
      bytes: estimateBytes(spec, 12 + spec.series.length * 8 + spec.series.flatMap((s) => s.pointColours ?? []).length),
      queue: (context: ExcelContext) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        const categories = sheet.getRange(spec.categoriesRange);
        const chart = sheet.charts.add(CHART_TYPE[spec.type], sheet.getRange(first.valuesRange), 'Columns');
        chart.name = spec.id;
        chart.title.text = spec.title;
        chart.setPosition(spec.from, spec.to);
        const firstSeries = chart.series.getItemAt(0);
        firstSeries.setXAxisValues(categories);
        styleSeries(firstSeries, first, spec.type);
        for (const other of others) {
          const series = chart.series.add(other.name);
          series.setValues(sheet.getRange(other.valuesRange));
          series.setXAxisValues(categories);
          styleSeries(series, other, spec.type);
        }
        setAxes(chart, spec);
      },
    },
  ];
}
