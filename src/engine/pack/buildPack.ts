/**
 * Builds the review pack from an analysis result: one sheet per chosen key, each opening with a title that says
 * what the sheet is, for which period, and who generated it when.
 */
import { periodLabel } from '../period/periodLabel';
import type { AnalysisResult } from '../results/AnalysisResult';
import type { Pack, PackBlock, PackSheet, PackSheetKey } from './Pack';
import { PACK_SHEET_KEYS } from './Pack';
import { type PackOptions, PackOptionsSchema, type ResolvedPackOptions } from './PackOptions';
import { forecastBlocks } from './buildForecast';
import { goalBlocks } from './buildGoals';
import { kpiBlocks } from './buildKpis';
import { summaryBlocks } from './buildSummary';
import { swotBlocks } from './buildSwot';
import { varianceBlocks } from './buildVariance';

/** Prefix of every pack sheet name, so users (and the writers) tell pack sheets from their own at a glance. */
export const SHEET_PREFIX = 'OR ';

const SHEETS: Record<PackSheetKey, { readonly name: string; readonly title: string }> = {
  summary: { name: 'Summary', title: 'Monthly review' },
  variance: { name: 'Variance', title: 'Budget vs actual' },
  forecast: { name: 'Forecast', title: 'Forecast' },
  kpis: { name: 'KPIs', title: 'KPI scorecard' },
  swot: { name: 'SWOT', title: 'SWOT and strategic position' },
  goals: { name: 'Goals', title: 'Goals and phased targets' },
};

function blocksFor(key: PackSheetKey, result: AnalysisResult, options: ResolvedPackOptions): PackBlock[] {
  switch (key) {
    case 'summary':
      return summaryBlocks(result, options);
    case 'variance':
      return varianceBlocks(result);
    case 'forecast':
      return forecastBlocks(result, options.forecastSeries);
    case 'kpis':
      return kpiBlocks(result);
    case 'swot':
      return swotBlocks(result);
    case 'goals':
      return goalBlocks(result);
  }
}

/** "Prepared by J. Smith with Ops Review on 2026-04-03 09:15 UTC · FY2026 · source: 4 tables". */
function subtitle(result: AnalysisResult, options: ResolvedPackOptions): string {
  const when = `${options.generatedAt.slice(0, 10)} ${options.generatedAt.slice(11, 16)} UTC`.trim();
  const who = options.author ? `Prepared by ${options.author} with Ops Review` : 'Prepared with Ops Review';
  const tables = options.sources.length;
  const from = tables > 0 ? ` · from ${tables} source table${tables === 1 ? '' : 's'}` : '';
  return `${who} on ${when} · ${result.fiscalYear.label}${from}`;
}

/**
 * The pack for `result`. Pure: the time, author and source fingerprints come in `options`.
 * @throws ZodError when `options` are invalid (a caller bug: generatedAt must be an ISO timestamp)
 */
export function buildPack(result: AnalysisResult, options: PackOptions): Pack {
  const resolved = PackOptionsSchema.parse(options);
  const generatedAt = new Date(resolved.generatedAt).toISOString();
  const settings = { ...resolved, generatedAt };
  const wanted = new Set(resolved.sheets);
  const sheets: PackSheet[] = PACK_SHEET_KEYS.filter((key) => wanted.has(key)).map((key) => ({
    key,
    name: `${SHEET_PREFIX}${SHEETS[key].name}`,
    blocks: [
      {
        kind: 'title',
        title: `${SHEETS[key].title}: ${periodLabel(result.period)}`,
        subtitle: subtitle(result, settings),
      },
      ...blocksFor(key, result, settings),
    ],
  }));
  return {
    sheets,
    runLog: {
      generatedAt,
      period: result.period,
      settingsVersion: resolved.settingsVersion,
      author: resolved.author,
      sources: resolved.sources,
    },
  };
}
