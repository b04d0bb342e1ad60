/**
 * The Goals sheet: each objective's target to date, actual to date and the gap (see goalProgress for where the
 * actuals come from), then the phased targets month by month.
 */
import type { AnalysisResult } from '../results/AnalysisResult';
import { goalProgress, type GoalProgress } from './goalProgress';
import type { FigureTone, NoteBlock, PackBlock, PackRow, TableBlock } from './Pack';
import { PERCENT_FORMAT, quantityFormat } from './numberFormats';
import { shortPeriodLabel } from '../period/periodLabel';

function progressTable(result: AnalysisResult, progress: readonly GoalProgress[]): TableBlock {
  const rows: PackRow[] = progress.map(({ goal: g, target, actual, gap, attainment, measure }) => {
    const lower = measure?.lowerIsBetter === true;
    const format = quantityFormat([g.annualTarget, target, actual]);
    const tone: FigureTone =
      gap === null || measure === null || gap === 0 ? 'neutral' : gap > 0 !== lower ? 'good' : 'bad';
    return {
      values: {
        objective: g.objective,
        owner: g.owner,
        unit: g.unit,
        annualTarget: g.annualTarget,
        targetToDate: target,
        actualToDate: actual,
        gap,
        attainment,
      },
      numberFormats: {
        annualTarget: format,
        targetToDate: format,
        actualToDate: format,
        gap: `+${format};-${format};"–"`,
        attainment: PERCENT_FORMAT,
      },
      tones: { gap: tone },
    };
  });
  return {
    kind: 'table',
    id: 'goals-progress',
    heading: `Objectives: target and actual to ${shortPeriodLabel(result.period)}`,
    columns: [
      { key: 'objective', header: 'Objective', kind: 'text', width: 30 },
      { key: 'owner', header: 'Owner', kind: 'text', width: 14 },
      { key: 'unit', header: 'Unit', kind: 'text', width: 9 },
      { key: 'annualTarget', header: 'Annual target', kind: 'number', width: 10 },
      { key: 'targetToDate', header: 'Target to date', kind: 'number', width: 10 },
      { key: 'actualToDate', header: 'Actual to date', kind: 'number', width: 10 },
      { key: 'gap', header: 'Gap (actual - target)', kind: 'number', width: 10 },
      { key: 'attainment', header: 'Attainment', kind: 'percent', width: 11 },
    ],
    rows,
    conditionalFormats: [],
    emptyText: 'No objectives table was found in the workbook.',
  };
}

/** Where each goal's actuals come from, in words under the table. */
function sourcesNote(progress: readonly GoalProgress[]): NoteBlock {
  const lines = progress.map(({ goal, actual, measure }) => {
    if (actual === null) return `${goal.objective}: no actuals in the workbook yet, so only the target is shown.`;
    if (measure === null) return `${goal.objective}: actuals from the objectives table.`;
    const how = measure.lowerIsBetter ? ' (a cost: under target is better, attainment is target / actual)' : '';
    return `${goal.objective}: the workbook's actuals of ${measure.account} to date${how}.`;
  });
  return { kind: 'note', heading: 'Where the actuals come from', lines };
}

/** Each goal's phased target per month (cumulative), one row per goal, months across. */
function phasingTable(result: AnalysisResult): TableBlock {
  const periods = result.fiscalYear.periods;
  const rows: PackRow[] = result.goals.map((g) => {
    const byPeriod = new Map(g.periods.map((p) => [p.period, p.cumulativeTarget]));
    const values = periods.map((p) => byPeriod.get(p) ?? null);
    const format = quantityFormat(values);
    return {
      values: {
        objective: `${g.objective} (${g.method})`,
        ...Object.fromEntries(periods.map((p, i) => [p, values[i] ?? null])),
      },
      numberFormats: Object.fromEntries(periods.map((p) => [p, format])),
    };
  });
  return {
    kind: 'table',
    id: 'goals-phasing',
    heading: `Phased targets, cumulative, ${result.fiscalYear.label}`,
    columns: [
      { key: 'objective', header: 'Objective (phasing)', kind: 'text', width: 30 },
      ...periods.map((p) => ({ key: p, header: shortPeriodLabel(p), kind: 'number' as const, width: 10 })),
    ],
    rows,
    conditionalFormats: [],
  };
}

/** The Goals sheet's blocks after its title. */
export function goalBlocks(result: AnalysisResult): PackBlock[] {
  const progress = goalProgress(result);
  return [progressTable(result, progress), sourcesNote(progress), phasingTable(result)];
}
