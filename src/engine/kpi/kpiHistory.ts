import type { Diagnostic } from '../diagnostics';
import type { KpiRecord, KpiValue, Period } from '../read/datasets';
import type { KpiTarget } from './KpiTarget';

/** A KPI's observations up to the review period and the target that applies in any period. */
export interface KpiHistory {
  /** Oldest first, one per period, none after the review period. */
  readonly values: readonly KpiValue[];
  readonly targetAt: (period: Period) => KpiTarget | null;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Orders a KPI's values, drops those after the review period (a later month may already be typed in as a plan),
 * keeps the first of two values for one period with a warning, and resolves per-period targets over the single one.
 */
export function kpiHistory(record: KpiRecord, period: Period): KpiHistory {
  const diagnostics: Diagnostic[] = [];
  const byPeriod = new Map<Period, KpiValue>();
  for (const value of record.values) {
    if (value.period > period) continue;
    const kept = byPeriod.get(value.period);
    if (kept === undefined) {
      byPeriod.set(value.period, value);
      continue;
    }
    diagnostics.push({
      severity: 'warning',
      sheet: value.source.sheet,
      cell: value.source.cell,
      message: `"${record.name}" has a second value for ${value.period}; the one in ${kept.source.cell} is used.`,
      code: 'duplicate-key',
    });
  }
  const values = [...byPeriod.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const perPeriod = new Map(record.targets.map((t) => [t.period, t.value]));
  const targetAt = (at: Period): KpiTarget | null => {
    if (record.direction === 'range') {
      if (record.targetLow === null && record.targetHigh === null) return null;
      // A band typed high-to-low is still the same band (checkKpiRecord says so to the user).
      const a = record.targetLow ?? record.targetHigh ?? 0;
      const b = record.targetHigh ?? record.targetLow ?? 0;
      const low = Math.min(a, b);
      const high = Math.max(a, b);
      return { direction: 'range', value: record.target ?? (low + high) / 2, low, high };
    }
    const value = perPeriod.get(at) ?? record.target;
    return value === null ? null : { direction: record.direction, value, low: null, high: null };
  };
  return { values, targetAt, diagnostics };
}
