import type { z } from 'zod';
import type { SourceRef } from '../read/datasets';
import type { BottleneckSchema, KpiResult } from '../results/AnalysisResult';
import { trend, type TrendOptions } from './trend';

export type Bottleneck = z.infer<typeof BottleneckSchema>;

/** A cost line's monthly actuals, oldest first, for ranking against KPIs. */
export interface CostLineHistory {
  readonly key: string;
  readonly name: string;
  /** Monthly actuals, oldest first (only the trend's window matters, so the months themselves are not carried). */
  readonly values: readonly number[];
  readonly source: SourceRef | null;
}

/**
 * The KPIs and cost lines whose trend is worsening fastest, for the process-optimisation view.
 *
 * Both are measured by the same {@link trend}: worsening per period as a fraction of the series' level, so
 * "DSO up 3 % of its level a month" and "freight cost up 5 % a month" rank on one scale. A cost line worsens when
 * it rises (it is fitted as lower-is-better). Flat and improving series are left out; ties keep input order.
 *
 * @param limit - how many to return. @default 5
 */
export function findBottlenecks(
  kpis: readonly KpiResult[],
  costLines: readonly CostLineHistory[],
  limit = 5,
  options: TrendOptions = {},
): Bottleneck[] {
  const window = options.window ?? 6;
  // Sentences are written for the few that are returned: a 5,000-line workbook can have thousands of rising costs.
  const candidates: { readonly rate: number; readonly bottleneck: () => Bottleneck }[] = [];
  for (const kpi of kpis) {
    const fitted = trend(
      kpi.history.map((h) => h.value),
      kpi.direction,
      { ...options, ...rangeOf(kpi) },
    );
    if (fitted?.direction !== 'worsening') continue;
    const n = Math.min(window, kpi.history.length);
    const rate = -fitted.rate;
    candidates.push({
      rate,
      bottleneck: () => ({
        kind: 'kpi',
        name: kpi.name,
        rate,
        text: `${kpi.name} is worsening by ${percent(rate)} of its level per period over the last ${n} periods.`,
        source: kpi.source,
      }),
    });
  }
  for (const line of costLines) {
    const fitted = trend(line.values, 'lower', options);
    if (fitted?.direction !== 'worsening') continue;
    const n = Math.min(window, line.values.length);
    const rate = -fitted.rate;
    candidates.push({
      rate,
      bottleneck: () => ({
        kind: 'line',
        name: line.name,
        rate,
        text: `${line.name} costs are rising by ${percent(rate)} of their level per period over the last ${n} periods.`,
        source: line.source,
      }),
    });
  }
  // Array.prototype.sort is stable, so equal rates keep KPIs before lines and input order within each.
  return candidates
    .sort((a, b) => b.rate - a.rate)
    .slice(0, Math.max(0, limit))
    .map((candidate) => candidate.bottleneck());
}

/**
 * A range KPI's band, recovered from its history: the result keeps only the midpoint target, so the band is
 * unknown here and the distance from the midpoint stands in for the distance outside the band.
 */
function rangeOf(kpi: KpiResult): { low: number | null; high: number | null } {
  if (kpi.direction !== 'range' || kpi.target === null) return { low: null, high: null };
  return { low: kpi.target, high: kpi.target };
}

// Built once: toLocaleString with options builds a formatter on every call, which showed in the 5,000-line profile.
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

function percent(rate: number): string {
  return `${ONE_DECIMAL.format(rate * 100)} %`;
}
