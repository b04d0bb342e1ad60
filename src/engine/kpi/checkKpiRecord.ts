import type { Diagnostic } from '../diagnostics';
import type { KpiRecord, KpiThresholds } from '../read/datasets';
import { DEFAULT_THRESHOLDS } from './status';

/** The settings of one KPI that were usable as written, and what was wrong with the rest. */
export interface CheckedKpiSettings {
  readonly thresholds: KpiThresholds;
  readonly weight: number;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Checks a KPI's thresholds, weight and target, falling back to the defaults (issue thresholds, weight 1) where
 * they cannot be used, each time with a diagnostic on the KPI's row saying so.
 */
export function checkKpiRecord(record: KpiRecord): CheckedKpiSettings {
  const diagnostics: Diagnostic[] = [];
  const at = (severity: Diagnostic['severity'], message: string, code: string): void => {
    diagnostics.push({ severity, sheet: record.source.sheet, cell: record.source.cell, message, code });
  };
  let thresholds = record.thresholds ?? DEFAULT_THRESHOLDS;
  const numeric = Number.isFinite(thresholds.green) && Number.isFinite(thresholds.amber);
  if (!numeric || thresholds.amber > thresholds.green) {
    const problem = numeric
      ? `The amber threshold of "${record.name}" (${thresholds.amber}) is above its green one (${thresholds.green})`
      : `The thresholds of "${record.name}" are not numbers`;
    at(
      'warning',
      `${problem}, so the default thresholds are used: green at 100 % of target, amber from 95 %.`,
      'kpi-thresholds',
    );
    thresholds = DEFAULT_THRESHOLDS;
  }
  let weight = record.weight ?? 1;
  if (!Number.isFinite(weight) || weight < 0) {
    at(
      'warning',
      `The weight of "${record.name}" (${record.weight}) is ${weight < 0 ? 'negative' : 'not a number'}, so it counts with weight 1.`,
      'kpi-weight',
    );
    weight = 1;
  }
  if (record.direction === 'range' && record.targetLow === null && record.targetHigh === null) {
    at(
      'warning',
      `"${record.name}" is a target-range KPI with no low or high bound, so it has no status.`,
      'kpi-no-target',
    );
  } else if (record.direction !== 'range' && record.target === null && record.targets.length === 0) {
    at('info', `"${record.name}" has no target, so it is shown without a status.`, 'kpi-no-target');
  }
  if (
    record.direction === 'range' &&
    record.targetLow !== null &&
    record.targetHigh !== null &&
    record.targetLow > record.targetHigh
  ) {
    at(
      'warning',
      `The target range of "${record.name}" runs from ${record.targetLow} down to ${record.targetHigh}, so it is read as ${record.targetHigh} to ${record.targetLow}.`,
      'kpi-range',
    );
  }
  return { thresholds, weight, diagnostics };
}
