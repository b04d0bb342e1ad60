import type { KpiResult } from '../../engine';
import { formatValues } from '../format';

/** A KPI's actual and its target in words, formatted together so the difference that sets the status shows. */
export interface KpiFigures {
  readonly actual: string;
  /** "target $18.50", "target 4-8 hours" for a range, "target at most 4 hours", or "no target". */
  readonly target: string;
}

const BOUND = { higher: 'at least', lower: 'at most', range: '' } as const;

/** The figures of one KPI row: see {@link KpiFigures}. */
export function kpiFigures(kpi: KpiResult): KpiFigures {
  const range = kpi.targetRange ?? null;
  if (range) {
    const [actual, low, high] = formatValues([kpi.actual, range.low, range.high], kpi.unit);
    // "4–8 hours": a unit word once, after the range, as a finance user writes it.
    const word = ` ${kpi.unit?.trim() ?? ''}`;
    const target = word.length > 1 && low.endsWith(word) ? `${low.slice(0, -word.length)}–${high}` : `${low}–${high}`;
    return { actual, target: `target ${target}` };
  }
  if (kpi.target === null) return { actual: formatValues([kpi.actual], kpi.unit)[0], target: 'no target' };
  const [actual, target] = formatValues([kpi.actual, kpi.target], kpi.unit);
  return { actual, target: `target ${BOUND[kpi.direction]} ${target}`.replace('  ', ' ') };
}
