import type { ReactNode } from 'react';
import { AreaChart, LineChart, type LineChartPoints } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import { COLOURS, type ForecastSeries } from '../../engine';
import { useChartStage } from './useChartStage';
import { forecastLayers } from './forecastLayers';
import { lineSeries } from './lineSeries';
import { axisTickFormat } from '../format';
import type { BudgetPoint } from '../worker/forecastBudgets';

const HEIGHT = 260;
/**
 * The 80 % range in the pack's band grey and the 95 % slices lighter, so the fan reads from the centre and the
 * dashed forecast stays visible on it (the chart lays its areas at 70 % opacity).
 */
const BAND_80 = `#${COLOURS.band}`;
const BAND_95 = '#DEDEDE';
/** The budget as a thin dotted line in the neutral blue, apart from the greys of actual and forecast. */
const BUDGET = `#${COLOURS.neutral}`;

const useStyles = makeStyles({
  stage: { position: 'relative', height: `${HEIGHT}px` },
  // The band layer sits exactly under the lines; it is decoration the lines' chart and the table already say in
  // words, so it takes no pointer, focus or screen-reader attention.
  band: { position: 'absolute', inset: 0, pointerEvents: 'none' },
  lines: { position: 'absolute', inset: 0 },
  hiddenAxis: { visibility: 'hidden' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    fontSize: tokens.fontSizeBase200,
  },
  key: { display: 'inline-block', width: '16px', height: '10px', marginRight: tokens.spacingHorizontalXS },
  // The areas are drawn at 70 % opacity; their key matches what the eye sees.
  area: { opacity: 0.7 },
});

/**
 * History, forecast and its 80 % and 95 % intervals in the pack's IBCS look: actual solid dark grey, forecast
 * dashed lighter grey over a shaded fan. @fluentui/react-charts has no "fill between two lines" for a line chart,
 * so the fan is a stacked AreaChart (a transparent base to the 95 % low, then the interval slices) drawn under a
 * LineChart of the two lines; both get the same y range and size, so their axes coincide and only the front one's
 * are shown.
 */
export function ForecastChart({
  series,
  budget = [],
}: {
  readonly series: ForecastSeries;
  readonly budget?: readonly BudgetPoint[];
}): ReactNode {
  const styles = useStyles();
  // Both layers measure this element, so they get the same size.
  const [stage, setStage] = useChartStage();
  const layers = forecastLayers(series, budget);
  const tickFormat = axisTickFormat(Math.max(Math.abs(layers.yMin), Math.abs(layers.yMax)));
  // The right margin leaves room for the last month's label, which a narrow pane would otherwise cut.
  const range = {
    yMinValue: layers.yMin,
    yMaxValue: layers.yMax,
    height: HEIGHT,
    hideLegend: true,
    margins: { top: 20, bottom: 35, left: 40, right: 32 },
  };
  const slice = (legend: string, color: string, y: (i: number) => number): LineChartPoints => ({
    legend,
    color,
    lineOptions: { strokeWidth: 0 },
    data: layers.band.map((b, i) => ({ x: b.x, y: y(i) })),
  });
  const band: LineChartPoints[] = [
    slice('Base', 'transparent', (i) => layers.band[i].base),
    slice('95% low', BAND_95, (i) => layers.band[i].lower95),
    slice('80% range', BAND_80, (i) => layers.band[i].inner80),
    slice('95% high', BAND_95, (i) => layers.band[i].upper95),
  ];
  const lines: LineChartPoints[] = [
    { legend: 'Actual', color: `#${COLOURS.actual}`, data: [...layers.actual] },
    {
      legend: 'Forecast',
      color: `#${COLOURS.forecast}`,
      // A white edge keeps the dashes readable where they cross the grey band.
      lineOptions: { strokeDasharray: '6 3', lineBorderWidth: 2 },
      data: [...layers.forecast],
    },
    ...(layers.budget.length > 0
      ? [
          {
            legend: 'Budget',
            color: BUDGET,
            lineOptions: { strokeDasharray: '2 2', strokeWidth: 2 },
            data: [...layers.budget],
          },
        ]
      : []),
  ];
  return (
    <div>
      <div className={styles.stage} ref={setStage}>
        {stage && (
          <>
            <div className={styles.band} inert aria-hidden="true">
              <AreaChart
                parentRef={stage}
                data={{ lineChartData: band }}
                {...range}
                yAxisTickFormat={tickFormat}
                styles={{ xAxis: styles.hiddenAxis, yAxis: styles.hiddenAxis }}
              />
            </div>
            <div className={styles.lines}>
              <LineChart
                parentRef={stage}
                data={{ chartTitle: `${series.label}: history and forecast`, lineChartData: lineSeries(lines) }}
                {...range}
                yAxisTickFormat={tickFormat}
              />
            </div>
          </>
        )}
      </div>
      <ul className={styles.legend} aria-label="Chart key">
        <li>
          <span aria-hidden="true" className={styles.key} style={{ backgroundColor: `#${COLOURS.actual}` }} />
          Actual
        </li>
        <li>
          <span
            aria-hidden="true"
            className={styles.key}
            style={{ borderTop: `3px dashed #${COLOURS.forecast}`, height: 0 }}
          />
          Forecast
        </li>
        {layers.budget.length > 0 && (
          <li>
            <span aria-hidden="true" className={styles.key} style={{ borderTop: `3px dotted ${BUDGET}`, height: 0 }} />
            Budget
          </li>
        )}
        <li>
          <span aria-hidden="true" className={`${styles.key} ${styles.area}`} style={{ backgroundColor: BAND_80 }} />
          80% range
        </li>
        <li>
          <span aria-hidden="true" className={`${styles.key} ${styles.area}`} style={{ backgroundColor: BAND_95 }} />
          95% range
        </li>
      </ul>
    </div>
  );
}
