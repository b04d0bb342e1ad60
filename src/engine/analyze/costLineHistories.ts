import type { CostLineHistory } from '../kpi/findBottlenecks';
import type { VarianceLine } from '../results/AnalysisResult';
import type { LineFacts } from '../variance/groupLines';
import { lineLabel } from '../variance/lineLabel';
import type { LineHistory } from './forecastsFor';

/**
 * The monthly actuals of every expense line, for ranking cost lines beside KPIs as bottlenecks. `histories` are
 * those of `lineHistories`, one per line in the order of `lines`.
 */
export function costLineHistories(
  lines: readonly VarianceLine[],
  lineFacts: readonly LineFacts[],
  histories: readonly LineHistory[],
): CostLineHistory[] {
  return lineFacts.flatMap((line, i) => {
    if (lines[i].type !== 'expense') return [];
    return [
      {
        key: line.key,
        name: lineLabel(line),
        values: histories[i].values,
        source: line.sources[0] ?? null,
      },
    ];
  });
}
