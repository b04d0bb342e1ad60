/** The SWOT sheet: the position and its IE matrix grid, the IFE and EFE tables, TOWS. */
import type { AnalysisResult, SwotResult } from '../results/AnalysisResult';
import type { PackBlock, TableBlock } from './Pack';
import { RATIO_FORMAT } from './numberFormats';

const STRATEGY_WORDS: Record<SwotResult['strategy'], string> = {
  'grow-and-build': 'grow and build',
  'hold-and-maintain': 'hold and maintain',
  'harvest-or-divest': 'harvest or divest',
};

const TOWS_WORDS = {
  SO: 'use strengths to take opportunities',
  WO: 'overcome weaknesses by taking opportunities',
  ST: 'use strengths to meet threats',
  WT: 'reduce weaknesses and avoid threats',
} as const;

const CATEGORY_WORDS = { S: 'Strength', W: 'Weakness', O: 'Opportunity', T: 'Threat' } as const;

/** "IFE 2.85 and EFE 2.65 place the business in cell V of the IE matrix: hold and maintain." */
export function swotPositionText(swot: SwotResult): string {
  return `IFE ${swot.ife.toFixed(2)} and EFE ${swot.efe.toFixed(2)} place the business in cell ${swot.ieCell} of the IE matrix: ${STRATEGY_WORDS[swot.strategy]}.`;
}

function factorTable(
  swot: SwotResult,
  id: string,
  heading: string,
  categories: readonly ('S' | 'W' | 'O' | 'T')[],
  total: number,
): TableBlock {
  const items = swot.items.filter((i) => categories.includes(i.category));
  return {
    kind: 'table',
    id,
    heading,
    columns: [
      { key: 'factor', header: 'Factor', kind: 'text', width: 32, wrap: true },
      { key: 'category', header: 'Category', kind: 'text', width: 12 },
      { key: 'weight', header: 'Weight', kind: 'number', numberFormat: RATIO_FORMAT },
      { key: 'rating', header: 'Rating', kind: 'number', numberFormat: RATIO_FORMAT },
      { key: 'score', header: 'Weighted score', kind: 'number', numberFormat: RATIO_FORMAT },
    ],
    rows: [
      ...items.map((i) => ({
        values: {
          factor: i.factor,
          category: CATEGORY_WORDS[i.category],
          weight: i.weight,
          rating: i.rating,
          score: i.score,
        },
      })),
      { emphasis: 'total' as const, values: { factor: 'Total', score: total } },
    ],
    conditionalFormats: [],
  };
}

/** The SWOT sheet's blocks after its title. */
export function swotBlocks(result: AnalysisResult): PackBlock[] {
  const swot = result.swot;
  // `buildPack` writes no SWOT sheet without a SWOT table; this note is for a caller that asks for one anyway.
  if (!swot) return [{ kind: 'note', lines: ['No SWOT table was found in the workbook.'] }];
  const blocks: PackBlock[] = [
    { kind: 'note', heading: 'Position', lines: [swotPositionText(swot)] },
    {
      kind: 'ieGrid',
      heading: `IE matrix: cell ${swot.ieCell} (${STRATEGY_WORDS[swot.strategy]})`,
      ife: swot.ife,
      efe: swot.efe,
      cell: swot.ieCell,
    },
    factorTable(swot, 'swot-ife', 'Internal factors (IFE)', ['S', 'W'], swot.ife),
    factorTable(swot, 'swot-efe', 'External factors (EFE)', ['O', 'T'], swot.efe),
    {
      // A note rather than a table: its long factor lists wrap across the page instead of widening the columns the
      // factor tables and the IE grid share.
      kind: 'note',
      heading: 'TOWS strategies',
      lines:
        swot.tows.length === 0
          ? ['No factor pairs were rated high enough to suggest a TOWS strategy.']
          : swot.tows.map(
              (t) => `${t.pair} (${TOWS_WORDS[t.pair]}): ${t.internal.join('; ')} with ${t.external.join('; ')}.`,
            ),
    },
  ];
  if (swot.suggestions.length > 0) {
    blocks.push({
      kind: 'note',
      heading: 'Factors the figures suggest adding',
      lines: swot.suggestions.map((s) => `${CATEGORY_WORDS[s.category]}: ${s.factor}. ${s.evidence}`),
    });
  }
  return blocks;
}
