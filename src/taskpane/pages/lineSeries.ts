import type { LineChartPoints } from '@fluentui/react-charts';

/** Stroke width that makes a lone point's zero-length segment read as a dot about as large as a hover marker. */
const DOT_WIDTH = 8;

/**
 * The series as @fluentui/react-charts' LineChart can draw them without React warning "Each child in a list should
 * have a unique key": in 9.3.25 (the latest release) the chart wraps a one-point series in an unkeyed Fragment inside
 * its list of series (LineChart.js, the `data.length === 1` branch), and React warns in development builds. A lone
 * point is given twice instead, a zero-length segment that the chart's round line caps draw as a dot.
 * `lineOptions.mode` "markers" and "text" take a similar unkeyed path, so no series here uses them.
 */
export function lineSeries(series: readonly LineChartPoints[]): LineChartPoints[] {
  return series.map((s) =>
    s.data.length === 1
      ? {
          ...s,
          lineOptions: {
            ...s.lineOptions,
            strokeWidth: Math.max(DOT_WIDTH, Number(s.lineOptions?.strokeWidth ?? 0) || 0),
            strokeLinecap: 'round',
          },
          data: [s.data[0], s.data[0]],
        }
      : s,
  );
}
