import type { AnalysisResult } from '../results/AnalysisResult';
import type { PackBlock } from './Pack';
import { periodLabel } from '../period/periodLabel';

/**
 * The Summary's data-quality block: which comparison was made (like for like or not) and every cell a figure of the
 * pack rests on that could not be read, with the figure and what was done. Nothing when the result has no such block.
 */
export function dataQualityBlocks(result: AnalysisResult): PackBlock[] {
  const quality = result.dataQuality;
  if (quality === undefined) return [];
  const note: PackBlock = { kind: 'note', heading: 'Data quality', lines: [quality.statement] };
  if (quality.issues.length === 0) return [note];
  return [
    note,
    {
      kind: 'table',
      id: 'summary-data-quality',
      heading: 'Figures resting on cells that could not be read',
      columns: [
        { key: 'cell', header: 'Cell', kind: 'text', width: 18 },
        { key: 'figure', header: 'Figure', kind: 'text', width: 30 },
        { key: 'month', header: 'Month', kind: 'text', width: 14 },
        { key: 'shown', header: 'Cell shows', kind: 'text', width: 12 },
        { key: 'treatment', header: 'What was done', kind: 'text', width: 60 },
      ],
      rows: quality.issues.map((issue) => ({
        values: {
          cell: `${issue.sheet}!${issue.cell}`,
          figure: issue.figure,
          month: periodLabel(issue.period),
          shown: issue.issue === 'carried-forward' ? '(empty)' : issue.shown,
          treatment: issue.text,
        },
      })),
      conditionalFormats: [],
    },
  ];
}
