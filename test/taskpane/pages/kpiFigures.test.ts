import { kpiFigures } from '../../../src/taskpane/pages/kpiFigures';
import type { KpiResult } from '../../../src/engine/results/AnalysisResult';
import { analysisResult } from '../../fixtures/analysisResult';

const base = analysisResult.kpis[0];
const kpi = (over: Partial<KpiResult>): KpiResult => ({ ...base, ...over });

describe('kpiFigures', () => {
  it('shows the difference that sets the status: the sample Cost per delivery, 18.6 against 18.5, is amber', () => {
    // examples/sampleScorecard.ts: Cost per delivery in $, lower is better, target 18.5, June 18.6.
    expect(kpiFigures(kpi({ unit: '$', direction: 'lower', target: 18.5, actual: 18.6 }))).toEqual({
      actual: '$18.60',
      target: 'target at most $18.50',
    });
  });

  it('shows a range target as a range with its unit once', () => {
    // examples/sampleScorecard.ts: Driver overtime hours per week, range 4-8 hours (the midpoint 6 is not a target).
    const overtime = kpi({
      unit: 'hours',
      direction: 'range',
      target: 6,
      targetRange: { low: 4, high: 8 },
      actual: 6.1,
    });
    expect(kpiFigures(overtime)).toEqual({ actual: '6.1 hours', target: 'target 4.0–8.0 hours' });
  });

  it('writes counts and scores without a unit word, and says when there is no target', () => {
    expect(kpiFigures(kpi({ unit: 'score', direction: 'higher', target: 40, actual: 38 }))).toEqual({
      actual: '38',
      target: 'target at least 40',
    });
    expect(kpiFigures(kpi({ unit: 'count', target: null, actual: 2.3 }))).toEqual({
      actual: '2.3',
      target: 'no target',
    });
  });
});
