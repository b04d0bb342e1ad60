import type { z } from 'zod';
import type { KpiResult, ScorecardSchema } from '../results/AnalysisResult';

export type Scorecard = z.infer<typeof ScorecardSchema>;

/**
 * Cap on one KPI's contribution: 120 % of target. Without it one KPI far ahead of target (attainment 3 on a
 * tiny target) would hide several missing theirs, which is the opposite of what a scorecard is for.
 */
export const ATTAINMENT_CAP = 1.2;

/** The perspective KPIs with no perspective fall under when other KPIs have one. */
export const UNASSIGNED_PERSPECTIVE = 'Unassigned';

/**
 * One KPI's score in the composite: its attainment capped at {@link ATTAINMENT_CAP}; where attainment is undefined
 * (zero target), 1 for met and 0 for missed; null (left out) when the KPI has no status.
 */
export function kpiScore(kpi: KpiResult): number | null {
  if (kpi.attainment !== null) return Math.min(kpi.attainment, ATTAINMENT_CAP);
  if (kpi.status === 'none') return null;
  return kpi.status === 'red' ? 0 : 1;
}

/**
 * Weighted composite score, balanced-scorecard style: the weighted mean of {@link kpiScore} over the scored KPIs,
 * and, when any KPI names a perspective (Financial, Customer, Internal process, Learning and growth...), the same
 * mean within each perspective with the perspective's share of the total weight. The composite equals the
 * weight-averaged perspective scores, so both views agree.
 *
 * @returns null when no KPI can be scored or the scored KPIs' weights sum to zero.
 */
export function composite(kpis: readonly KpiResult[]): Scorecard | null {
  const scored = kpis.flatMap((kpi) => {
    const score = kpiScore(kpi);
    return score === null ? [] : [{ kpi, score }];
  });
  const totalWeight = scored.reduce((sum, { kpi }) => sum + kpi.weight, 0);
  if (scored.length === 0 || totalWeight <= 0) return null;
  const overall = scored.reduce((sum, { kpi, score }) => sum + kpi.weight * score, 0) / totalWeight;
  if (!kpis.some((kpi) => kpi.perspective !== null)) return { composite: overall, perspectives: [] };

  const groups = new Map<string, { weight: number; weighted: number }>();
  for (const { kpi, score } of scored) {
    const name = kpi.perspective ?? UNASSIGNED_PERSPECTIVE;
    const group = groups.get(name) ?? { weight: 0, weighted: 0 };
    group.weight += kpi.weight;
    group.weighted += kpi.weight * score;
    groups.set(name, group);
  }
  const perspectives = [...groups].map(([name, group]) => ({
    name,
    score: group.weight > 0 ? group.weighted / group.weight : null,
    weight: group.weight / totalWeight,
  }));
  return { composite: overall, perspectives };
}
