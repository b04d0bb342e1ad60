import type { CostLineHistory } from '../kpi/findBottlenecks';
import type { VarianceLine } from '../results/AnalysisResult';
import type { LineFacts } from '../variance/groupLines';
import { lineLabel } from '../variance/lineLabel';
import { actualHistory } from '../variance/outlook';
import type { Windows } from '../variance/windows';

/** The monthly actuals of every expense line, for ranking cost lines beside KPIs as bottlenecks. */
export function costLineHistories(
  lines: readonly VarianceLine[],
  lineFacts: readonly LineFacts[],
  windows: Windows,
): CostLineHistory[] {
  return lineFacts.flatMap((line, i) => {
    if (lines[i].type !== 'expense') return [];
    const history = actualHistory(line, windows);
    return [
      {
        key: line.key,
        name: lineLabel(line),
        history: history.periods.map((period, j) => ({ period, value: history.values[j] })),
        source: line.sources[0] ?? null,
      },
    ];
  });
}
