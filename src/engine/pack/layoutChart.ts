/**
 * Places a chart block: its data as a small table (so the chart is native and live, drawn from cells) and the
 * chart's cell rectangle beside it.
 */
import { COLOURS, seriesLook } from './ibcsColours';
import {
  absoluteRangeA1,
  LayoutFragment,
  linesIn,
  putCells,
  putStyle,
  rangeA1,
  wantHeight,
  wantWidth,
} from './LayoutFragment';
import type { ChartBlock } from './Pack';
import { text } from './safeText';
import type { LayoutValue } from './SheetLayout';
import { toA1 } from '../grid/address';
import { shortPeriodLabel } from '../period/periodLabel';
import { tidyNumber } from './tidyNumber';

/** Rows a chart covers (18 x 15 pt); its width is set once the sheet's column widths are known (`sizeCharts`). */
export const CHART_ROWS = 18;
/** Columns a chart covers before `sizeCharts` widens or narrows it to its printed width. */
export const CHART_COLUMNS = 8;

/** Lays out `block` from `startRow`; returns rows used, spacer included. */
export function layoutChart(block: ChartBlock, startRow: number, sheet: LayoutFragment): number {
  // A series with no value is never charted: it would only add an empty legend entry.
  const spec = { ...block.spec, series: block.spec.series.filter((s) => s.values.some((v) => v !== null)) };
  if (spec.series.length === 0) return 0;
  const headerRow = startRow + 1;
  const firstDataRow = headerRow + 1;
  const count = spec.categories.length;
  const seriesCount = spec.series.length;

  putCells(sheet, startRow, 0, [[text(`Chart data: ${spec.title}`)]], [['General']]);
  putStyle(sheet, rangeA1(startRow, 0, 1, 1), { italic: true, fontColour: COLOURS.muted });
  putCells(
    sheet,
    headerRow,
    0,
    [[text(spec.categoryHeader), ...spec.series.map((s) => text(s.name))]],
    [Array.from({ length: seriesCount + 1 }, () => 'General')],
  );
  putStyle(sheet, rangeA1(headerRow, 0, 1, seriesCount + 1), { bold: true, border: 'bottomThin', wrapText: true });
  wantHeight(sheet, headerRow, 15 * Math.max(1, ...spec.series.map((s) => linesIn(s.name, 11))));
  const values: LayoutValue[][] = spec.categories.map((category, i) => [
    typeof category === 'number' ? category : text(shortPeriodLabel(category)),
    ...spec.series.map((s) => {
      const v = s.values[i];
      return v === null || v === undefined || !Number.isFinite(v) ? null : tidyNumber(v, 'number');
    }),
  ]);
  putCells(
    sheet,
    firstDataRow,
    0,
    values,
    values.map(() => ['General', ...spec.series.map(() => spec.valueFormat)]),
  );
  for (let column = 1; column <= seriesCount; column += 1) wantWidth(sheet, column, 12);

  const chartColumn = seriesCount + 2;
  sheet.charts.push({
    id: block.id,
    type: spec.type,
    title: spec.title,
    from: toA1({ row: startRow, column: chartColumn }),
    to: toA1({ row: startRow + CHART_ROWS, column: chartColumn + CHART_COLUMNS }),
    categoriesRange: absoluteRangeA1(firstDataRow, 0, Math.max(1, count)),
    series: spec.series.map((s, index) => ({
      name: s.name,
      nameCell: toA1({ row: headerRow, column: index + 1 }),
      valuesRange: absoluteRangeA1(firstDataRow, index + 1, Math.max(1, count)),
      role: s.role,
      plotAs: s.plotAs,
      look: seriesLook(s.role, s.colour),
      ...(s.pointColours ? { pointColours: s.pointColours } : {}),
    })),
    valueFormat: spec.valueFormat,
    ...(spec.axes ? { axes: spec.axes } : {}),
    ...(spec.xTitle !== undefined ? { xTitle: spec.xTitle } : {}),
    ...(spec.yTitle !== undefined ? { yTitle: spec.yTitle } : {}),
  });
  sheet.columns = Math.max(sheet.columns, chartColumn + 1);
  const rows = Math.max(2 + count, CHART_ROWS + 1);
  sheet.keep.push({ first: startRow, last: startRow + rows - 1 });
  return rows + 1;
}
