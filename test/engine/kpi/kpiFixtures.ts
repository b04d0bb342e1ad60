import type { KpiRecord, KpiValue } from '../../../src/engine/read/datasets';
import type { FiscalYear } from '../../../src/engine/read/WorkbookRead';

/** Calendar fiscal year 2026, as the reader builds it for a January start. */
export const FY2026: FiscalYear = {
  startMonth: 1,
  label: 'FY2026',
  periods: Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
};

/** Monthly values from January 2026 in column C of the KPIs sheet, one row per KPI. */
export function monthly(row: number, values: readonly number[], startMonth = 1): KpiValue[] {
  return values.map((value, i) => ({
    period: `2026-${String(startMonth + i).padStart(2, '0')}`,
    value,
    source: { sheet: 'KPIs', cell: `${String.fromCharCode(67 + i)}${row}` },
  }));
}

/** A KPI row as the reader would type it, with the defaults where the sheet leaves cells empty. */
export function kpi(overrides: Partial<KpiRecord> & Pick<KpiRecord, 'name'>): KpiRecord {
  return {
    owner: null,
    unit: null,
    direction: 'higher',
    target: null,
    targetLow: null,
    targetHigh: null,
    targets: [],
    thresholds: null,
    perspective: null,
    weight: null,
    values: [],
    source: { sheet: 'KPIs', cell: 'A2' },
    ...overrides,
  };
}
