import type { TableRegion } from '../tables/findTables';
import { periodParts } from '../../period/months';

/**
 * The fiscal year start month a workbook shows: the first month of the first header with twelve consecutive months
 * ("Apr-25 ... Mar-26" or "Apr ... Mar" means an April start). January when no header runs a full year.
 */
export function inferFiscalStart(regions: readonly TableRegion[]): number {
  for (const region of regions) {
    const months: number[] = [];
    for (const cell of region.profile.cells) {
      const p = cell.period;
      if (!p || p.kind === 'quarter' || (p.kind === 'monthOnly' && p.fiscalIndex)) continue;
      months.push(p.kind === 'monthOnly' ? p.month : periodParts(p.period).month);
    }
    for (let i = 0; i + 12 <= months.length; i++) {
      let run = true;
      for (let k = 1; k < 12 && run; k++) run = months[i + k] === (months[i + k - 1] % 12) + 1;
      if (run) return months[i];
    }
  }
  return 1;
}
