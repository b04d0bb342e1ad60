import { periodLabel } from '../../engine';
import type { AnalysisOutcome } from '../worker/protocol';

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

function change(now: number, was: number | undefined): string {
  return was === undefined || was === now ? '' : ` (was ${was.toLocaleString('en-GB')})`;
}

/**
 * What "Confirm and analyse" did, in one sentence for beside its button: the choices were saved, the review ran
 * again, and what it now covers, with the figures that changed.
 */
export function confirmation(before: AnalysisOutcome | null, after: AnalysisOutcome): string {
  const { result } = after;
  const problems = (o: AnalysisOutcome): number => o.result.diagnostics.filter((d) => d.severity !== 'info').length;
  const parts = [
    `${count(result.variance.lines.length, 'budget line')}${change(result.variance.lines.length, before?.result.variance.lines.length)}`,
    `${count(result.kpis.length, 'KPI')}${change(result.kpis.length, before?.result.kpis.length)}`,
    `${count(problems(after), 'data problem')}${change(problems(after), before ? problems(before) : undefined)}`,
  ];
  return (
    `Saved in the workbook and analysed again: ${periodLabel(result.period)}, ${result.fiscalYear.label}, ` +
    `${parts.join(', ')}. Every page now shows these results.`
  );
}
