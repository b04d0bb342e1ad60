/**
 * The IBCS colour scheme of the pack: actual solid dark grey, budget outlined (no fill), forecast lighter and
 * dashed, green for good and red for bad business impact. Colours are RGB hex without '#'.
 */
import type { SeriesRole } from './Pack';
import type { SeriesLook } from './SheetLayout';

/** The pack palette (RGB hex without '#'). */
export const COLOURS = {
  actual: '404040',
  budget: '404040',
  forecast: '8C8C8C',
  band: 'BFBFBF',
  good: '2E7D32',
  bad: 'C62828',
  neutral: '5B7FA6',
  amber: 'F9A825',
  headerFill: 'E7E6E6',
  totalFill: 'F2F2F2',
  editableFill: 'FFF8E1',
  goodFill: 'C8E6C9',
  badFill: 'FFCDD2',
  amberFill: 'FFE0B2',
  muted: '6B6B6B',
} as const;

/** The fill and line of a chart series, from its role alone, so every chart of every pack looks the same. */
export function seriesLook(role: SeriesRole, colour: string): SeriesLook {
  switch (role) {
    case 'actual':
    case 'good':
    case 'bad':
    case 'neutral':
      return { fill: colour, line: colour, dash: 'solid', transparency: 0 };
    case 'budget':
      // IBCS: plan is outlined, not filled, so actual and budget read apart even in black and white.
      return { fill: null, line: colour, dash: 'solid', transparency: 0 };
    case 'forecast':
      return { fill: colour, line: colour, dash: 'dash', transparency: 0.35 };
    case 'band':
      return { fill: colour, line: null, dash: 'solid', transparency: 0.5 };
    case 'bandBase':
      return { fill: null, line: null, dash: 'solid', transparency: 1 };
  }
}
