/**
 * The two charts directors look at first, on the Summary sheet: revenue by month against budget (or forecast) and
 * the month's variance by department.
 */
import type { AnalysisResult } from '../results/AnalysisResult';
import { COLOURS } from './ibcsColours';
import type { ChartBlock, ChartSeries } from './Pack';
import type { MonthlyTotal } from './PackOptions';
import { AMOUNT_FORMAT, DELTA_FORMAT } from './numberFormats';
import { periodLabel } from '../period/periodLabel';
import { shortPeriodLabel } from '../period/periodLabel';
import { countLabel, ytdLabel } from './packText';

/** Departments a chart shows by name; past it, the smallest effects are pooled in one "Other departments" bar. */
export const CHART_DEPARTMENTS = 12;

/** A department's effect on the result, or several pooled. */
interface Effect {
  readonly label: string;
  readonly effect: number;
}

/**
 * `effects` as a chart can show them: all when they fit in `limit`, else the largest (by size) in their order and one
 * "Other departments (n)" holding the sum of the rest, last. Result variances add up, so the bars still sum to the total.
 */
function fewest(effects: readonly Effect[], limit = CHART_DEPARTMENTS): Effect[] {
  if (effects.length <= limit) return [...effects];
  const kept = new Set(
    effects
      .map((e, i) => ({ size: Math.abs(e.effect), i }))
      .sort((a, b) => b.size - a.size || a.i - b.i)
      .slice(0, limit - 1)
      .map((e) => e.i),
  );
  const rest = effects.filter((_, i) => !kept.has(i));
  const pooled = rest.reduce((sum, e) => sum + e.effect, 0);
  return [
    ...effects.filter((_, i) => kept.has(i)),
    { label: `Other departments (${countLabel(rest.length)})`, effect: pooled },
  ];
}

/** Revenue by month: actual solid columns, budget outlined columns, forecast a dashed line for later months. */
export function monthlyChart(result: AnalysisResult, monthly: readonly MonthlyTotal[]): ChartBlock | null {
  let months = monthly;
  if (months.length === 0) {
    const revenue = result.forecasts.find((f) => /revenue/i.test(f.key));
    if (!revenue) return null;
    const actual = new Map(revenue.history.map((h) => [h.period, h.value]));
    const forecast = new Map(revenue.points.map((p) => [p.period, p.mean]));
    months = result.fiscalYear.periods.map((period) => ({
      period,
      actual: actual.get(period) ?? null,
      budget: null,
      forecast: forecast.get(period) ?? null,
    }));
  }
  const hasBudget = months.some((m) => m.budget !== null);
  return {
    kind: 'chart',
    id: 'chart-budget-vs-actual',
    spec: {
      type: 'columnLine',
      title: `Revenue by month, ${result.fiscalYear.label}: ${hasBudget ? 'actual vs budget' : 'actual and forecast'}`,
      categoryHeader: 'Month',
      categories: months.map((m) => shortPeriodLabel(m.period)),
      series: (
        [
          {
            name: 'Actual',
            values: months.map((m) => (m.period <= result.period ? m.actual : null)),
            role: 'actual',
            plotAs: 'column',
            colour: COLOURS.actual,
          },
          ...(hasBudget
            ? [
                {
                  name: 'Budget',
                  values: months.map((m) => m.budget),
                  role: 'budget' as const,
                  plotAs: 'column' as const,
                  colour: COLOURS.budget,
                },
              ]
            : []),
          {
            name: 'Forecast',
            values: months.map((m) => (m.period > result.period ? m.forecast : null)),
            role: 'forecast' as const,
            plotAs: 'line' as const,
            colour: COLOURS.forecast,
          },
        ] satisfies ChartSeries[]
      ).filter((series) => series.values.some((v) => v !== null)),
      valueFormat: AMOUNT_FORMAT,
    },
  };
}

/** Month variance of each department's result, sorted by impact, green when it helps the result, red when not. */
export function departmentChart(result: AnalysisResult): ChartBlock | null {
  const all = result.variance.rollups
    .filter((r) => r.by === 'department')
    .map((r) => ({ label: r.label, effect: r.month.variance }));
  if (all.length === 0) return null;
  // Pooled departments stay last, after the named ones sorted by impact.
  const departments = fewest(all.sort((a, b) => b.effect - a.effect));
  return {
    kind: 'chart',
    id: 'chart-variance-by-department',
    spec: {
      type: 'bar',
      title: `Result variance by department, ${periodLabel(result.period)} (ΔBU)`,
      categoryHeader: 'Department',
      categories: departments.map((d) => d.label),
      series: [
        {
          name: 'ΔBU',
          values: departments.map((d) => d.effect),
          role: 'neutral',
          plotAs: 'bar',
          colour: COLOURS.neutral,
          // A department's result variance helps when it is not negative (the rollup's own `favourable`).
          pointColours: departments.map((d) => (d.effect >= 0 ? COLOURS.good : COLOURS.bad)),
        },
      ],
      valueFormat: DELTA_FORMAT,
    },
  };
}

/** One step of a bridge: a category and its signed effect on the result. */
type Step = Effect;

/** The steps from budget to actual result: each department's variance, or the largest lines' with the rest pooled. */
function bridgeSteps(result: AnalysisResult): Step[] {
  const departments = result.variance.rollups.filter((r) => r.by === 'department');
  if (departments.length > 1) {
    return fewest(departments.map((d) => ({ label: d.label, effect: d.ytd.variance })));
  }
  const effects = result.variance.lines
    .map((l) => ({ label: l.account, effect: l.type === 'expense' ? -l.ytd.variance : l.ytd.variance }))
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  const shown = effects.slice(0, 6);
  const rest = effects.slice(6).reduce((sum, e) => sum + e.effect, 0);
  return effects.length > 6 ? [...shown, { label: 'Other lines', effect: rest }] : shown;
}

/**
 * The year-to-date bridge from budgeted to actual result: budget and actual as dark columns, each department's (or
 * the largest lines') effect as a green step up or a red step down. Drawn the classic way, as stacked columns on
 * an invisible base, since Office.js cannot create Excel's native waterfall on every host; null when the running
 * result dips below zero, where a stacked base cannot draw it, or when there is nothing to bridge.
 */
export function bridgeChart(result: AnalysisResult): ChartBlock | null {
  const total = result.variance.rollups.find((r) => r.by === 'total');
  if (!total) return null;
  const steps = bridgeSteps(result).filter((s) => s.effect !== 0);
  if (steps.length === 0) return null;
  const base: (number | null)[] = [null];
  const up: (number | null)[] = [null];
  const down: (number | null)[] = [null];
  let running = total.ytd.budget;
  for (const step of steps) {
    const next = running + step.effect;
    if (Math.min(running, next) < 0) return null;
    base.push(Math.min(running, next));
    up.push(step.effect > 0 ? step.effect : null);
    down.push(step.effect < 0 ? -step.effect : null);
    running = next;
  }
  const ends = [total.ytd.budget, ...steps.map(() => null), total.ytd.actual];
  if (total.ytd.budget < 0 || total.ytd.actual < 0) return null;
  return {
    kind: 'chart',
    id: 'chart-result-bridge',
    spec: {
      type: 'stackedColumn',
      title: `Result bridge, year to date (${ytdLabel(result)}): budget to actual`,
      categoryHeader: 'Step',
      categories: ['Budget', ...steps.map((s) => s.label), 'Actual'],
      series: [
        { name: 'Base', values: [...base, null], role: 'bandBase', plotAs: 'column', colour: COLOURS.band },
        { name: 'Budget and actual', values: ends, role: 'actual', plotAs: 'column', colour: COLOURS.actual },
        { name: 'Better than budget', values: [...up, null], role: 'good', plotAs: 'column', colour: COLOURS.good },
        { name: 'Worse than budget', values: [...down, null], role: 'bad', plotAs: 'column', colour: COLOURS.bad },
      ],
      valueFormat: AMOUNT_FORMAT,
      // Columns are read by their length, so the value axis starts at zero (IBCS: no truncated column axes).
      axes: { yMin: 0 },
    },
  };
}
