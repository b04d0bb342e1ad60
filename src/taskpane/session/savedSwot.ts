import { SwotEditsSettingSchema, type Settings } from '../../engine/settings/Settings';
import type { SwotEdits } from '../pages/SwotPage';

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

/** The SWOT edits saved in the workbook, back in the shape the SWOT page edits. */
export function swotFromSettings(saved: NonNullable<Settings['swot']>): SwotEdits {
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
