/** The Goals sheet: each objective's progress to date, then its phased targets month by month against actuals. */
import type { AnalysisResult, GoalResult } from '../results/AnalysisResult';
import type { PackBlock, TableBlock } from './Pack';

function progressTable(goals: readonly GoalResult[]): TableBlock {
  return {
    kind: 'table',
    id: 'goals-progress',
    heading: 'Objectives: progress to date',
    columns: [
      { key: 'objective', header: 'Objective', kind: 'text', width: 30 },
      { key: 'owner', header: 'Owner', kind: 'text', width: 12 },
      { key: 'unit', header: 'Unit', kind: 'text', width: 7 },
      { key: 'annualTarget', header: 'Annual target', kind: 'number' },
      { key: 'method', header: 'Phasing', kind: 'text', width: 10 },
      { key: 'targetToDate', header: 'Target to date', kind: 'number' },
      { key: 'actualToDate', header: 'Actual to date', kind: 'number' },
      { key: 'attainment', header: 'Attainment', kind: 'percent', width: 11 },
    ],
    rows: goals.map((g) => ({
      values: {
        objective: g.objective,
        owner: g.owner,
        unit: g.unit,
        annualTarget: g.annualTarget,
        method: g.method,
        targetToDate: g.progress?.targetToDate ?? null,
        actualToDate: g.progress?.actualToDate ?? null,
        attainment: g.progress?.attainment ?? null,
      },
    })),
    conditionalFormats: [{ column: 'attainment', rule: 'data-bar' }],
    emptyText: 'No objectives table was found in the workbook.',
  };
}

function phasingTable(goal: GoalResult, index: number): TableBlock {
  return {
    kind: 'table',
    id: `goals-phasing-${index + 1}`,
    heading: `${goal.objective}: phased targets (${goal.method})`,
    columns: [
      { key: 'period', header: 'Month', kind: 'text', width: 10 },
      { key: 'target', header: 'Target', kind: 'number' },
      { key: 'cumulativeTarget', header: 'Cumulative target', kind: 'number' },
      { key: 'actual', header: 'Actual', kind: 'number' },
      { key: 'cumulativeActual', header: 'Cumulative actual', kind: 'number' },
      { key: 'gap', header: 'Cumulative gap', kind: 'number' },
    ],
    rows: goal.periods.map((p) => ({
      values: {
        period: p.period,
        target: p.target,
        cumulativeTarget: p.cumulativeTarget,
        actual: p.actual,
        cumulativeActual: p.cumulativeActual,
        gap: p.cumulativeActual === null ? null : p.cumulativeActual - p.cumulativeTarget,
      },
    })),
    conditionalFormats: [{ column: 'gap', rule: 'negative-red' }],
  };
}

/** The Goals sheet's blocks after its title. */
export function goalBlocks(result: AnalysisResult): PackBlock[] {
  return [progressTable(result.goals), ...result.goals.map(phasingTable)];
}
