import type { KpiThresholds } from '../read/datasets';
import { attainment, margin } from './attainment';
import type { KpiTarget } from './KpiTarget';

export type KpiStatus = 'green' | 'amber' | 'red' | 'none';

/** The default: green when attainment >= 1 (on or better than target), amber from 0.95, red below. */
export const DEFAULT_THRESHOLDS: KpiThresholds = { green: 1, amber: 0.95, mode: 'pct' };

/**
 * Traffic-light status of one actual against one target.
 *
 * - mode "pct": thresholds apply to {@link attainment}. When attainment is undefined (zero or negative target,
 *   zero actual for lower-is-better) the KPI is green if it meets the target and red if not: there is no
 *   "nearly" for a zero target.
 * - mode "abs": thresholds apply to {@link margin}, the distance on the good side of the target in the KPI's units;
 *   e.g. `{ green: 0, amber: -2 }` on a days KPI means up to 2 days late is amber.
 *
 * @param thresholds - @default {@link DEFAULT_THRESHOLDS}
 */
export function status(
  actual: number | null,
  target: KpiTarget | null,
  thresholds: KpiThresholds = DEFAULT_THRESHOLDS,
): KpiStatus {
  if (actual === null || target === null) return 'none';
  if (thresholds.mode === 'abs') return band(margin(actual, target), thresholds);
  const ratio = attainment(actual, target);
  if (ratio === null) return margin(actual, target) >= 0 ? 'green' : 'red';
  return band(ratio, thresholds);
}

function band(measure: number, thresholds: KpiThresholds): KpiStatus {
  if (measure >= thresholds.green) return 'green';
  if (measure >= thresholds.amber) return 'amber';
  return 'red';
}
