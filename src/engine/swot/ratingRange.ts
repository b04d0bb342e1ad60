import type { SwotCategory } from '../read/datasets';

/**
 * The ratings David's method allows per category: in the IFE matrix strengths are rated 3 (minor) or 4 (major) and
 * weaknesses 1 (major) or 2 (minor); in the EFE matrix opportunities and threats are both rated 1-4 for how well
 * the organisation responds to them (4 = superior response).
 */
export function ratingRange(category: SwotCategory): { readonly min: number; readonly max: number } {
  switch (category) {
    case 'S':
      return { min: 3, max: 4 };
    case 'W':
      return { min: 1, max: 2 };
    case 'O':
    case 'T':
      return { min: 1, max: 4 };
  }
}

const NAMES: Record<SwotCategory, string> = { S: 'strength', W: 'weakness', O: 'opportunity', T: 'threat' };

/** "strength", "weakness"... for messages. */
export function categoryName(category: SwotCategory): string {
  return NAMES[category];
}
