/**
 * Builds the review pack from an analysis result: one sheet per chosen key the workbook has data for, each opening
 * with an IBCS title block (who, what with its currency and unit, when with the scenarios compared) and carrying a
 * footer for print.
 */
import { periodLabel } from '../period/periodLabel';
import type { AnalysisResult } from '../results/AnalysisResult';
import { chooseScale, scaleWords, type AmountScale } from './amountScale';
import type { Pack, PackBlock, PackSheet, PackSheetKey } from './Pack';
import { PACK_SHEET_KEYS } from './Pack';
import { type PackOptions, PackOptionsSchema, type ResolvedPackOptions } from './PackOptions';
import { forecastBlocks } from './buildForecast';
import { goalBlocks } from './buildGoals';
import { kpiBlocks } from './buildKpis';
import { summaryBlocks } from './buildSummary';
import { swotBlocks } from './buildSwot';
import { varianceBlocks } from './buildVariance';
import { AMOUNT_FORMAT, DELTA_FORMAT } from './numberFormats';
import { timestampLabel, ytdLabel } from './packText';

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
      return varianceBlocks(result, { cap: options.varianceLines, show: new Set(options.showLines) });
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

/** True when the workbook has what sheet `key` shows: no SWOT sheet without a SWOT table, and so on. */
function hasData(key: PackSheetKey, result: AnalysisResult): boolean {
  switch (key) {
    case 'summary':
      return true;
    case 'variance':
      return result.variance.lines.length > 0;
    case 'forecast':
      return result.forecasts.some((f) => f.points.length > 0);
    case 'kpis':
      return result.kpis.length > 0;
    case 'swot':
      return result.swot !== null;
    case 'goals':
      return result.goals.length > 0;
  }
}

/** The "when" line: the period and the scenarios each sheet compares. */
function whenLine(key: PackSheetKey, result: AnalysisResult): string {
  const month = periodLabel(result.period);
  const ytd = ytdLabel(result);
  const fy = result.fiscalYear.label;
  switch (key) {
    case 'summary':
      return `${month} and year to date (${ytd}) · actual (AC) vs budget (BU)`;
    case 'variance':
      return `${month}, year to date (${ytd}) and full year ${fy} · actual (AC) vs budget (BU) and prior year (PY)`;
    case 'forecast': {
      const last = result.fiscalYear.periods[result.fiscalYear.periods.length - 1] ?? result.period;
      return `${fy} · actual to ${month}, forecast (FC) to ${periodLabel(last)}`;
    }
    case 'kpis':
      return `${month} · actual vs target`;
    case 'swot':
      return `Position at ${month} · internal (IFE) and external (EFE) factor scores`;
    case 'goals':
      return `${fy} to ${month} · actual vs phased target`;
  }
}

/** The largest amount a sheet shows in an amount format, which fixes its scale. */
function largestAmount(blocks: readonly PackBlock[]): number {
  let largest = 0;
  const see = (v: unknown): void => {
    if (typeof v === 'number' && Number.isFinite(v)) largest = Math.max(largest, Math.abs(v));
  };
  for (const block of blocks) {
    if (block.kind === 'table') {
      const amounts = block.columns.filter((c) => c.kind === 'currency');
      for (const row of block.rows) for (const c of amounts) see(row.values[c.key]);
    } else if (block.kind === 'keyFigures') {
      for (const f of block.figures) if (f.kind === 'currency') see(f.value);
    } else if (block.kind === 'chart' && [AMOUNT_FORMAT, DELTA_FORMAT].includes(block.spec.valueFormat)) {
      for (const s of block.spec.series) s.values.forEach(see);
    }
  }
  return largest;
}

/** "Prepared by J. Smith with Ops Review on 3 Apr 2026 09:15 UTC · FY2026 · from 6 source tables". */
function subtitle(result: AnalysisResult, options: ResolvedPackOptions): string {
  const who = options.author ? `Prepared by ${options.author} with Ops Review` : 'Prepared with Ops Review';
  const tables = options.sourceTables ?? options.sources.length;
  const from = tables > 0 ? ` · from ${tables} source table${tables === 1 ? '' : 's'}` : '';
  return `${who} on ${timestampLabel(options.generatedAt)} · ${result.fiscalYear.label}${from}`;
}

/** One sheet of the pack; exported so the carry-over can rebuild a folded sheet (`showCommentedLines`). */
export function buildSheet(key: PackSheetKey, result: AnalysisResult, options: ResolvedPackOptions): PackSheet {
  const blocks = blocksFor(key, result, options);
  const largest = largestAmount(blocks);
  const scale: AmountScale = chooseScale(largest);
  const unit = largest > 0 ? ` in ${scaleWords(scale, options.currency)}` : '';
  const who = options.company;
  const folds = key === 'variance' && result.variance.lines.length > options.varianceLines;
  return {
    key,
    name: `${SHEET_PREFIX}${SHEETS[key].name}`,
    amountScale: scale,
    footer: {
      left: [who, `${SHEETS[key].title}${unit}`].filter((p) => p !== null).join(' · '),
      centre: `${periodLabel(result.period)} · prepared ${timestampLabel(options.generatedAt)}`,
    },
    blocks: [
      {
        kind: 'title',
        who,
        title: `${SHEETS[key].title}${unit}`,
        when: whenLine(key, result),
        subtitle: subtitle(result, options),
      },
      ...blocks,
    ],
    ...(folds ? { builtFrom: { result, options } } : {}),
  };
}

/**
 * The pack for `result`. Pure: the time, author, company and source fingerprints come in `options`.
 * @throws ZodError when `options` are invalid (a caller bug: generatedAt must be an ISO timestamp)
 */
export function buildPack(result: AnalysisResult, options: PackOptions): Pack {
  const resolved = PackOptionsSchema.parse(options);
  const generatedAt = new Date(resolved.generatedAt).toISOString();
  const settings = { ...resolved, generatedAt };
  const wanted = new Set(resolved.sheets);
  const sheets: PackSheet[] = PACK_SHEET_KEYS.filter((key) => wanted.has(key) && hasData(key, result)).map((key) =>
    buildSheet(key, result, settings),
  );
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
