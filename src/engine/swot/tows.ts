import type { SwotCategory } from '../read/datasets';
import type { SwotItem } from './ifeEfe';

export type TowsPair = 'SO' | 'WO' | 'ST' | 'WT';

/** One TOWS quadrant: the internal and external factors whose meeting suggests a strategy. */
export interface TowsPairing {
  readonly pair: TowsPair;
  readonly internal: string[];
  readonly external: string[];
}

/** How many factors of each side a pairing lists: enough to prompt a strategy, few enough to read. */
export const TOWS_FACTORS_PER_SIDE = 3;

const PAIRS: readonly { pair: TowsPair; internal: SwotCategory; external: SwotCategory }[] = [
  { pair: 'SO', internal: 'S', external: 'O' },
  { pair: 'WO', internal: 'W', external: 'O' },
  { pair: 'ST', internal: 'S', external: 'T' },
  { pair: 'WT', internal: 'W', external: 'T' },
];

/**
 * The TOWS matrix (Weihrich, 1982): SO strategies use strengths to take opportunities, WO overcome weaknesses by
 * taking opportunities, ST use strengths to counter threats, WT limit weaknesses and avoid threats.
 *
 * Each quadrant lists the factors that meet in it, the most heavily weighted first (weight is the method's
 * measure of importance), at most {@link TOWS_FACTORS_PER_SIDE} per side. A quadrant with an empty side is omitted:
 * there is nothing for the two sides to meet.
 */
export function tows(items: readonly SwotItem[]): TowsPairing[] {
  const top = (category: SwotCategory): string[] =>
    items
      .filter((item) => item.category === category)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, TOWS_FACTORS_PER_SIDE)
      .map((item) => item.factor);
  return PAIRS.flatMap(({ pair, internal, external }) => {
    const inside = top(internal);
    const outside = top(external);
    return inside.length > 0 && outside.length > 0 ? [{ pair, internal: inside, external: outside }] : [];
  });
}
