import type { KpiResult } from '../results/AnalysisResult';
import { attainment, metTarget } from '../kpi/attainment';
import { formatKpiValue, isPercentFraction } from '../kpi/formatKpiValue';
import type { KpiTarget } from '../kpi/KpiTarget';
import type { RankedSuggestion } from './SwotSuggestion';

/** A KPI must have met its target this many periods running to count as a consistent strength. */
export const CONSISTENT_PERIODS = 3;

/** Projected attainment at or above this is forecast upside (an opportunity); below 1 it is a shortfall (threat). */
export const UPSIDE_ATTAINMENT = 1.05;

/**
 * Candidate SWOT factors from the KPI scorecard: KPIs green now and on target for at least
 * {@link CONSISTENT_PERIODS} periods running are strengths, red KPIs weaknesses, a year-end projection above target
 * by {@link UPSIDE_ATTAINMENT} an opportunity and a projection short of target a threat.
 */
export function suggestFromKpis(kpis: readonly KpiResult[]): RankedSuggestion[] {
  return kpis.flatMap((kpi) => {
    const figures = [...kpi.history.map((h) => h.value), ...(kpi.target === null ? [] : [kpi.target])];
    const show = (v: number): string => formatKpiValue(v, kpi.unit, isPercentFraction(kpi.unit, figures));
    const cells = [kpi.source];
    const found: RankedSuggestion[] = [];
    const run = onTargetRun(kpi);
    if (kpi.status === 'green' && run >= CONSISTENT_PERIODS && kpi.actual !== null && kpi.target !== null) {
      found.push({
        strength: (kpi.attainment ?? 1) - 1,
        suggestion: {
          factor: `${kpi.name} consistently on target`,
          category: 'S',
          evidence: `${kpi.name} met its target in each of the last ${run} periods (${show(kpi.actual)} against ${show(kpi.target)}).`,
          cells,
        },
      });
    }
    if (kpi.status === 'red' && kpi.actual !== null && kpi.target !== null) {
      const runText = kpi.periodsOffTarget > 1 ? `, off target ${kpi.periodsOffTarget} periods in a row` : '';
      found.push({
        strength: 1 - (kpi.attainment ?? 0),
        suggestion: {
          factor: `${kpi.name} below target`,
          category: 'W',
          evidence: `${kpi.name} is red: ${show(kpi.actual)} against a target of ${show(kpi.target)}${runText}.`,
          cells,
        },
      });
    }
    const projected = projectedAttainment(kpi);
    if (kpi.projection !== null && projected !== null && (projected >= UPSIDE_ATTAINMENT || projected < 1)) {
      const upside = projected >= UPSIDE_ATTAINMENT;
      found.push({
        strength: Math.abs(projected - 1),
        suggestion: {
          factor: `${kpi.name} ${upside ? 'projected above' : 'projected short of'} target`,
          category: upside ? 'O' : 'T',
          evidence: kpi.projection.text,
          cells,
        },
      });
    }
    return found;
  });
}

/**
 * Periods running, back from the latest, in which the KPI met its target. Range KPIs give 0: the result keeps only
 * the band's midpoint, so whether a past value sat inside the band is not known here.
 */
function onTargetRun(kpi: KpiResult): number {
  if (kpi.direction === 'range') return 0;
  let run = 0;
  for (let i = kpi.history.length - 1; i >= 0; i--) {
    const { value, target } = kpi.history[i];
    if (target === null || !metTarget(value, pointTarget(kpi, target))) break;
    run++;
  }
  return run;
}

function projectedAttainment(kpi: KpiResult): number | null {
  const p = kpi.projection;
  if (p === null || p.target === null || kpi.direction === 'range') return null;
  return attainment(p.value, pointTarget(kpi, p.target));
}

function pointTarget(kpi: KpiResult, value: number): KpiTarget {
  return { direction: kpi.direction, value, low: null, high: null };
}
