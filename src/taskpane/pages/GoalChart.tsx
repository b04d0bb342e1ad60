import type { ReactNode } from 'react';
import { LineChart, type LineChartPoints } from '@fluentui/react-charts';
import { COLOURS, type GoalResult } from '../../engine';
import { axisTickFormat } from '../format';
import { lineSeries } from './lineSeries';
import { periodDate } from './periodDate';

/**
 * Cumulative phased target (IBCS plan: outlined, lighter) against cumulative actual (solid dark) for one goal; a goal
 * measured by a P&L line has no monthly actuals, only `actualToDate`, drawn as one point at its month.
 */
export function GoalChart({
  goal,
  actualToDate,
}: {
  readonly goal: GoalResult;
  readonly actualToDate?: { readonly period: string; readonly value: number };
}): ReactNode {
  const target = goal.periods.flatMap((p) => {
    const x = periodDate(p.period);
    return x ? [{ x, y: p.cumulativeTarget }] : [];
  });
  const monthly = goal.periods.flatMap((p) => {
    const x = periodDate(p.period);
    return x && p.cumulativeActual !== null ? [{ x, y: p.cumulativeActual }] : [];
  });
  const toDate = actualToDate && periodDate(actualToDate.period);
  const actual = monthly.length === 0 && toDate ? [{ x: toDate, y: actualToDate.value }] : monthly;
  const data: LineChartPoints[] = [
    { legend: 'Target to date', color: `#${COLOURS.forecast}`, lineOptions: { strokeDasharray: '4 3' }, data: target },
    { legend: 'Actual to date', color: `#${COLOURS.actual}`, data: actual },
  ];
  const largest = Math.max(0, ...[...target, ...actual].map((p) => Math.abs(p.y)));
  return (
    <LineChart
      data={{ chartTitle: `${goal.objective}: progress`, lineChartData: lineSeries(data) }}
      height={200}
      yAxisTickFormat={axisTickFormat(largest)}
    />
  );
}
