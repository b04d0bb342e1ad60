import type { ReactNode } from 'react';
import { LineChart, type LineChartPoints } from '@fluentui/react-charts';
import type { ForecastSeries } from '../../engine/results/AnalysisResult';
import { COLOURS } from '../../engine/pack/ibcsColours';
import { periodDate } from './periodDate';

type Point = { x: Date; y: number };

function points(rows: readonly { period: string }[], value: (i: number) => number): Point[] {
  return rows.flatMap((row, i) => {
    const x = periodDate(row.period);
    return x ? [{ x, y: value(i) }] : [];
  });
}

/**
 * History, forecast and its 95 % interval in the pack's IBCS look: actual solid dark grey, forecast dashed lighter
 * grey, the 95 % interval as light dotted bounds either side of it.
 */
export function ForecastChart({ series }: { readonly series: ForecastSeries }): ReactNode {
  const last = series.history[series.history.length - 1];
  // The forecast line starts at the last actual so the two read as one continuing line.
  const joined = last
    ? [{ period: last.period, mean: last.value, lo95: last.value, hi95: last.value }, ...series.points]
    : series.points;
  const data: LineChartPoints[] = [
    { legend: 'Actual', color: `#${COLOURS.actual}`, data: points(series.history, (i) => series.history[i].value) },
    {
      legend: 'Forecast',
      color: `#${COLOURS.forecast}`,
      lineOptions: { strokeDasharray: '6 3' },
      data: points(joined, (i) => joined[i].mean),
    },
    {
      legend: '95% high',
      color: `#${COLOURS.band}`,
      lineOptions: { strokeDasharray: '2 2' },
      data: points(joined, (i) => joined[i].hi95),
    },
    {
      legend: '95% low',
      color: `#${COLOURS.band}`,
      lineOptions: { strokeDasharray: '2 2' },
      data: points(joined, (i) => joined[i].lo95),
    },
  ];
  return (
    <LineChart
      data={{ chartTitle: `${series.label}: history and forecast`, lineChartData: data }}
      height={260}
      yAxisTickFormat={(y: number) => new Intl.NumberFormat('en-GB', { notation: 'compact' }).format(y)}
    />
  );
}
