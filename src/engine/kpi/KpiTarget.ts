import type { KpiDirection } from '../read/datasets';

/**
 * What a KPI is measured against in one period: a single target for "higher"/"lower",
 * a band for "range" (with `value` the band's midpoint, as the reader records it).
 */
export interface KpiTarget {
  readonly direction: KpiDirection;
  readonly value: number;
  /** Only for direction "range". */
  readonly low: number | null;
  readonly high: number | null;
}
