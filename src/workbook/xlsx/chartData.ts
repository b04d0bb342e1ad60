/** The values a chart's cells hold, read from the layout, for the caches stored in the chart part. */
import { type LayoutChart, layoutRangeValues, type LayoutValue, layoutValueAt, type SheetLayout } from '../../engine';
import type { SeriesData } from './chartSeriesXml';

function asCategory(value: LayoutValue): string | number | null {
  if (value === null || typeof value === 'boolean') return null;
  return typeof value === 'number' ? value : value.text;
}

/** One {@link SeriesData} per series of `chart`. */
export function chartData(layout: SheetLayout, chart: LayoutChart): SeriesData[] {
  const categories = layoutRangeValues(layout, chart.categoriesRange).map(asCategory);
  return chart.series.map((series) => {
    const name = layoutValueAt(layout, series.nameCell);
    return {
      name: name !== null && typeof name === 'object' ? name.text : series.name,
      categories,
      values: layoutRangeValues(layout, series.valuesRange).map((v) => (typeof v === 'number' ? v : null)),
    };
  });
}
