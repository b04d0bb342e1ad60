import { forecast } from '../forecast/forecast';
import { phaseObjectives } from '../goals/phaseObjectives';
import { findBottlenecks } from '../kpi/findBottlenecks';
import { scoreKpis } from '../kpi/scoreKpis';
import type { WorkbookRead } from '../read/WorkbookRead';
import { type AnalysisResult, AnalysisResultSchema } from '../results/AnalysisResult';
import { scoreSwot } from '../swot/scoreSwot';
import { analyzeVariance } from '../variance/analyzeVariance';
import { type AnalyzeOptions, AnalyzeOptionsSchema } from './AnalyzeOptions';
import { choosePeriod, mainSheet } from './choosePeriod';
import { costLineHistories } from './costLineHistories';
import { forecastsFor, lineHistories, MAX_LINE_FORECASTS } from './forecastsFor';
import { referenceSeries } from './referenceSeries';

const noForecast = () => ({ ok: false as const, reason: 'Forecasts are switched off for this analysis.' });

export { AnalyzeOptionsSchema, type AnalyzeOptions } from './AnalyzeOptions';

/**
 * The whole review of a read workbook for one period: variance lines, roll-ups, outlook, narrative, forecasts,
 * the KPI scorecard and bottlenecks, the SWOT matrix and phased goals, with the reader's diagnostics followed by the analysis' own. This is the document
 * `ops-review analyze --json` prints, the pane shows and the pack writer lays out.
 * Input data never throws; problems become diagnostics.
 * @throws Error when `options` are invalid (a caller bug; the CLI validates user input before calling)
 */
export function analyze(read: WorkbookRead, options: AnalyzeOptions = {}): AnalysisResult {
  const settings = AnalyzeOptionsSchema.parse(options);
  const chosen = choosePeriod(read, settings.period);
  const forecaster = settings.forecasts ? forecast : null;
  const { variance, diagnostics, lineFacts, windows } = analyzeVariance({
    facts: read.facts,
    excludedRows: read.excludedRows,
    period: chosen.period,
    fiscalYear: chosen.fiscalYear,
    options: settings,
    forecaster,
  });
  const scored = scoreKpis(read.kpis, chosen.period, chosen.fiscalYear, forecaster ? {} : { forecaster: noForecast });
  const histories = lineHistories(lineFacts, windows);
  const charted = settings.forecasts ? forecastsFor(variance.lines, histories, windows) : { series: [], leftOut: 0 };
  const forecasts = charted.series;
  if (charted.leftOut > 0) {
    diagnostics.push({
      severity: 'info',
      sheet: mainSheet(read),
      cell: null,
      message: `${charted.leftOut} more expense lines have material variances; forecasts were drawn for the ${MAX_LINE_FORECASTS} largest.`,
      code: 'forecasts-limited',
    });
  }
  const swot = scoreSwot(read.swot, { kpis: scored.kpis, lines: variance.lines, forecasts });
  const goals = phaseObjectives(read.objectives, chosen.fiscalYear, chosen.period, referenceSeries(read));
  const result: AnalysisResult = {
    period: chosen.period,
    fiscalYear: {
      startMonth: chosen.fiscalYear.startMonth,
      label: chosen.fiscalYear.label,
      periods: [...chosen.fiscalYear.periods],
    },
    variance,
    forecasts,
    kpis: scored.kpis,
    scorecard: scored.scorecard,
    bottlenecks: findBottlenecks(scored.kpis, costLineHistories(variance.lines, lineFacts, histories)),
    swot: swot.swot,
    goals: goals.goals,
    diagnostics: [
      ...read.diagnostics,
      ...chosen.diagnostics,
      ...diagnostics,
      ...scored.diagnostics,
      ...swot.diagnostics,
      ...goals.diagnostics,
    ],
  };
  // The schema is the published contract: a document that breaks it is our bug, caught here rather than downstream.
  return AnalysisResultSchema.parse(result);
}
