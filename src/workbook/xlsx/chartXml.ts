/**
 * A native Excel chart part (`xl/charts/chartN.xml`, DrawingML) for one layout chart. Series point at the layout's
 * cells, so the chart is live in Excel; the caches carry the same values so viewers that do not recalculate still
 * draw it. Column, bar, line, area (the forecast band) and scatter (the IE matrix) groups share one pair of axes.
 */
import type { LayoutChart, LayoutChartSeries } from '../../engine';
import { chartSeriesXml, type SeriesData } from './chartSeriesXml';
import { xmlEscape } from './xmlText';

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const CAT_AX = 500_000_001;
const VAL_AX = 500_000_002;
const AXES = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
const GRID =
  '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';
const TEXT_9PT =
  '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>';

function richText(text: string, size: number, bold: boolean): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="en-GB" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

const axisTitle = (text: string | undefined): string =>
  text === undefined ? '' : `<c:title>${richText(text, 900, false)}<c:overlay val="0"/></c:title>`;

function scaling(min: number | undefined, max: number | undefined, reverse = false): string {
  const maxXml = max === undefined ? '' : `<c:max val="${max}"/>`;
  const minXml = min === undefined ? '' : `<c:min val="${min}"/>`;
  return `<c:scaling><c:orientation val="${reverse ? 'maxMin' : 'minMax'}"/>${maxXml}${minXml}</c:scaling>`;
}

function valueAxis(
  chart: LayoutChart,
  id: number,
  crossAx: number,
  position: string,
  x: boolean,
  crossAtMax = false,
): string {
  const axes = chart.axes ?? {};
  const [min, max] = x ? [axes.xMin, axes.xMax] : [axes.yMin, axes.yMax];
  const format = x ? 'General' : chart.valueFormat;
  return `<c:valAx><c:axId val="${id}"/>${scaling(min, max)}<c:delete val="0"/><c:axPos val="${position}"/>${x ? '' : GRID}${axisTitle(x ? chart.xTitle : chart.yTitle)}<c:numFmt formatCode="${xmlEscape(format)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="${crossAtMax ? 'nextTo' : 'low'}"/>${TEXT_9PT}<c:crossAx val="${crossAx}"/><c:crosses val="${crossAtMax ? 'max' : 'autoZero'}"/><c:crossBetween val="${x ? 'midCat' : 'between'}"/></c:valAx>`;
}

function categoryAxis(chart: LayoutChart, horizontalBars: boolean): string {
  // Horizontal bars list the first category at the bottom; reversing puts the largest impact on top, as sorted.
  return `<c:catAx><c:axId val="${CAT_AX}"/>${scaling(undefined, undefined, horizontalBars)}<c:delete val="0"/><c:axPos val="${horizontalBars ? 'l' : 'b'}"/>${axisTitle(chart.xTitle)}<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${TEXT_9PT}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
}

interface Indexed {
  readonly series: LayoutChartSeries;
  readonly index: number;
}

/** The chart part for `chart` on the sheet actually named `sheetName`; `data` holds each series' cached values. */
export function chartXml(chart: LayoutChart, sheetName: string, data: readonly SeriesData[]): string {
  const all: Indexed[] = chart.series.map((series, index) => ({ series, index }));
  const ser = ({ series, index }: Indexed): string =>
    chartSeriesXml(
      series,
      index,
      sheetName,
      chart.categoriesRange,
      data[index] ?? { name: series.name, categories: [], values: [] },
      chart.valueFormat,
    );
  const of = (plotAs: LayoutChartSeries['plotAs']) => all.filter((s) => s.series.plotAs === plotAs);
  const groups: string[] = [];
  let axes: string;
  if (chart.type === 'scatter') {
    groups.push(
      `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${all.map(ser).join('')}${AXES}</c:scatterChart>`,
    );
    axes = valueAxis(chart, CAT_AX, VAL_AX, 'b', true) + valueAxis(chart, VAL_AX, CAT_AX, 'l', false);
  } else {
    const stacked = chart.type === 'stackedColumn';
    const horizontal = of('bar');
    const columns = of('column');
    const areas = of('area');
    const lines = of('line');
    if (areas.length > 0) {
      groups.push(
        `<c:areaChart><c:grouping val="stacked"/><c:varyColors val="0"/>${areas.map(ser).join('')}${AXES}</c:areaChart>`,
      );
    }
    for (const [bars, dir] of [
      [columns, 'col'],
      [horizontal, 'bar'],
    ] as const) {
      if (bars.length === 0) continue;
      groups.push(
        `<c:barChart><c:barDir val="${dir}"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${bars.map(ser).join('')}<c:gapWidth val="60"/>${stacked ? '<c:overlap val="100"/>' : ''}${AXES}</c:barChart>`,
      );
    }
    if (lines.length > 0) {
      groups.push(
        `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map(ser).join('')}<c:marker val="1"/>${AXES}</c:lineChart>`,
      );
    }
    const horizontalBars = horizontal.length > 0;
    // With categories reversed, the value axis would sit at the top; crossing at the last category keeps it below.
    axes =
      categoryAxis(chart, horizontalBars) +
      valueAxis(chart, VAL_AX, CAT_AX, horizontalBars ? 'b' : 'l', false, horizontalBars);
  }
  const hidden = all.filter((s) => s.series.role === 'bandBase');
  const legend =
    all.length > 1
      ? `<c:legend><c:legendPos val="b"/>${hidden.map((s) => `<c:legendEntry><c:idx val="${s.index}"/><c:delete val="1"/></c:legendEntry>`).join('')}<c:overlay val="0"/>${TEXT_9PT}</c:legend>`
      : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart><c:title>${richText(chart.title, 1100, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${groups.join('')}${axes}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart><c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:chartSpace>`;
}
