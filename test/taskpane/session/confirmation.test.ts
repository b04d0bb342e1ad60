import { confirmation } from '../../../src/taskpane/session/confirmation';
import type { AnalysisOutcome } from '../../../src/taskpane/worker/protocol';
import { analysisResult } from '../../fixtures/analysisResult';

const outcome = (result = analysisResult): AnalysisOutcome =>
  ({ result, summary: {}, sources: [], monthly: [], budgets: {} }) as unknown as AnalysisOutcome;

describe('confirmation', () => {
  it('says what "Confirm and analyse" did, and what changed', () => {
    const problems = analysisResult.diagnostics.filter((d) => d.severity !== 'info').length;
    const fewer = {
      ...analysisResult,
      variance: { ...analysisResult.variance, lines: analysisResult.variance.lines.slice(1) },
    };
    const text = confirmation(outcome(), outcome(fewer));
    expect(text).toBe(
      `Saved in the workbook and analysed again: March 2026, ${analysisResult.fiscalYear.label}, ` +
        `${fewer.variance.lines.length} budget lines (was ${analysisResult.variance.lines.length}), ` +
        `${analysisResult.kpis.length} KPIs, ${problems} data problem${problems === 1 ? '' : 's'}. Every page now shows these results.`,
    );
  });
});
