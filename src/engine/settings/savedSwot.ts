import type { SwotResult } from '../results/AnalysisResult';
import type { SwotEdits } from '../swot/swotEdits';
import { SwotEditsSettingSchema, type Settings } from './Settings';

/**
 * The SWOT edits as the settings document stores them (the factor's cell flattened into sheet and cell); null when
 * they would not pass the settings' own checks (say a factor longer than settings allow), because saving them would
 * make every later load reject the whole settings document.
 */
export function swotToSettings(edits: SwotEdits): Settings['swot'] {
  const saved = {
    factors: edits.factors.map((f) => ({
      factor: f.factor,
      category: f.category,
      weight: f.weight,
      rating: f.rating,
      sheet: f.source.sheet,
      cell: f.source.cell,
    })),
    decided: [...edits.decided],
  };
  return SwotEditsSettingSchema.safeParse(saved).success ? saved : null;
}

/** The SWOT edits saved in the workbook, back in the shape they are edited in; null when none were saved. */
export function swotFromSettings(saved: Settings['swot']): SwotEdits | null {
  if (saved === null) return null;
  return {
    factors: saved.factors.map((f) => ({
      factor: f.factor,
      category: f.category,
      weight: f.weight,
      rating: f.rating,
      source: { sheet: f.sheet, cell: f.cell },
    })),
    decided: [...saved.decided],
  };
}

/**
 * What settings should hold for `edits` to this SWOT: null when they change nothing (the table's own factors,
 * weights and ratings, no suggestion decided), so a later change to the SWOT table itself is not overridden by a
 * copy of its old values.
 */
export function swotSetting(analysed: SwotResult | null, edits: SwotEdits): Settings['swot'] {
  const same =
    analysed !== null &&
    edits.decided.length === 0 &&
    edits.factors.length === analysed.items.length &&
    analysed.items.every((item, i) => {
      const f = edits.factors[i];
      return f?.factor === item.factor && f.weight === item.weight && f.rating === item.rating;
    });
  return same || edits.factors.length === 0 ? null : swotToSettings(edits);
}
