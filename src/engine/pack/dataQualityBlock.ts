import type { AnalysisResult } from '../results/AnalysisResult';
import type { PackBlock } from './Pack';
import { periodLabel } from '../period/periodLabel';
import { countLabel } from './packText';

/**
 * Cells the Summary lists at most: one printed page. A workbook with thousands of unreadable cells (a column of
 * "n/a" in a large export) has a data problem the count states; the list is for finding the cells, and the analysis
 * keeps every one.
 */
export const DATA_QUALITY_ROWS = 40;

/**
 * The Summary's data-quality block: which comparison was made (like for like or not) and every cell a figure of the
 * pack rests on that could not be read, with the figure and what was done, the first `limit` of them in source order.
 * Nothing when the result has no such block.
 */
export function dataQualityBlocks(result: AnalysisResult, limit = DATA_QUALITY_ROWS): PackBlock[] {
  const quality = result.dataQuality;
  if (quality === undefined) return [];
  const note: PackBlock = { kind: 'note', heading: 'Data quality', lines: [quality.statement] };
  if (quality.issues.length === 0) return [note];
  const listed = quality.issues.slice(0, limit);
  const more: PackBlock[] =
    listed.length < quality.issues.length
      ? [
          {
            kind: 'note',
            lines: [
              `The first ${countLabel(listed.length)} of ${countLabel(quality.issues.length)} cells are listed; every one, with its sheet and cell, is in the output of ops-review analyze --json.`,
            ],
          },
        ]
      : [];
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
      rows: listed.map((issue) => ({
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
    ...more,
  ];
}
