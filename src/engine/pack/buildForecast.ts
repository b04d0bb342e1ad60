/**
 * The Forecast sheet: backtest accuracy of each series, then per series its history, forecast and 95 % interval as
 * a chart whose data table doubles as the figures.
 */
import type { AnalysisResult, ForecastSeries } from '../results/AnalysisResult';
import { COLOURS } from './ibcsColours';
import type { ChartBlock, PackBlock, TableBlock } from './Pack';
import { AMOUNT_FORMAT, RATIO_FORMAT } from './numberFormats';

/**
 * The method as the pack shows it: the forecast's basis in plain words when the analysis gives one ("follows the
 * budget's seasonal shape at 97 % of its level"), else the method's name; the name itself is for the pane's details.
 */
export function methodWords(series: ForecastSeries): string {
  return series.basis !== undefined && series.basis.trim() !== '' ? series.basis : series.method;
}

function accuracyTable(series: readonly ForecastSeries[]): TableBlock {
  // Backtest columns only when some series had the history to be backtested: empty columns tell a reader nothing.
  const tested = series.some((s) => s.accuracy !== null);
  const noted = series.some((s) => (s.accuracy?.text ?? s.reason ?? null) !== null);
  return {
    kind: 'table',
    id: 'forecast-accuracy',
    heading: tested ? 'Forecast methods and backtest accuracy' : 'Forecast methods',
    columns: [
      { key: 'series', header: 'Series', kind: 'text', width: 30, wrap: true },
      { key: 'method', header: 'Method', kind: 'text', width: 30, wrap: true },
      ...(tested
        ? ([
            { key: 'mase', header: 'MASE', kind: 'number', numberFormat: RATIO_FORMAT },
            { key: 'smape', header: 'sMAPE', kind: 'percent' },
            { key: 'naiveMase', header: 'Naive MASE', kind: 'number', numberFormat: RATIO_FORMAT },
            { key: 'improvement', header: 'Better than naive by', kind: 'percent', width: 11 },
          ] as const)
        : []),
      ...(noted ? [{ key: 'note', header: 'Note', kind: 'text', width: 44, wrap: true } as const] : []),
    ],
    rows: series.map((s) => ({
      values: {
        series: s.label,
        method: methodWords(s),
        mase: s.accuracy?.mase ?? null,
        smape: s.accuracy?.smape ?? null,
        naiveMase: s.accuracy?.naiveMase ?? null,
        improvement: s.accuracy?.improvement ?? null,
        note: s.accuracy?.text ?? s.reason ?? null,
      },
    })),
    conditionalFormats: [{ column: 'improvement', rule: 'negative-red' }],
    emptyText: 'No series had enough history to forecast.',
  };
}

/**
 * History (solid), forecast (dashed) and the 95 % interval as a band: an invisible area up to the lower bound with
 * the interval's width stacked on it, which is how a filled band is drawn with native Excel charts.
 */
function forecastChart(series: ForecastSeries): ChartBlock {
  const periods = [...series.history.map((h) => h.period), ...series.points.map((p) => p.period)];
  const history = new Map(series.history.map((h) => [h.period, h.value]));
  const points = new Map(series.points.map((p) => [p.period, p]));
  // The band and the forecast line start at the last actual, so they join the history instead of rising from zero.
  const last = series.history[series.history.length - 1];
  if (last)
    points.set(last.period, {
      period: last.period,
      mean: last.value,
      lo80: last.value,
      hi80: last.value,
      lo95: last.value,
      hi95: last.value,
    });
  return {
    kind: 'chart',
    id: `chart-forecast-${series.key.replace(/[^A-Za-z0-9]+/g, '-')}`,
    spec: {
      type: 'line',
      title: `${series.label}: history and forecast (${series.method})`,
      categoryHeader: 'Month',
      categories: periods,
      series: [
        {
          name: 'Low 95 %',
          values: periods.map((p) => points.get(p)?.lo95 ?? null),
          role: 'bandBase',
          plotAs: 'area',
          colour: COLOURS.band,
        },
        {
          name: '95 % range (high - low)',
          values: periods.map((p) => {
            const point = points.get(p);
            return point ? point.hi95 - point.lo95 : null;
          }),
          role: 'band',
          plotAs: 'area',
          colour: COLOURS.band,
        },
        {
          name: 'Actual',
          values: periods.map((p) => history.get(p) ?? null),
          role: 'actual',
          plotAs: 'line',
          colour: COLOURS.actual,
        },
        {
          name: 'Forecast',
          values: periods.map((p) => points.get(p)?.mean ?? null),
          role: 'forecast',
          plotAs: 'line',
          colour: COLOURS.forecast,
        },
      ],
      valueFormat: AMOUNT_FORMAT,
    },
  };
}

/** The Forecast sheet's blocks after its title; `limit` caps the number of charted series. */
export function forecastBlocks(result: AnalysisResult, limit: number): PackBlock[] {
  const charted = result.forecasts.filter((s) => s.points.length > 0).slice(0, limit);
  return [accuracyTable(result.forecasts), ...charted.map(forecastChart)];
}
