import { forecast } from '../forecast/forecast';
import { phaseObjectives } from '../goals/phaseObjectives';
import { findBottlenecks } from '../kpi/findBottlenecks';
import { scoreKpis } from '../kpi/scoreKpis';
import type { WorkbookRead } from '../read/WorkbookRead';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics';
import {
  type AnalysisResult,
  BottleneckSchema,
  DiagnosticSchema,
  ForecastSeriesSchema,
  GoalResultSchema,
  KpiResultSchema,
  ScorecardSchema,
  SwotResultSchema,
} from '../results/AnalysisResult';
import { scoreSwot } from '../swot/scoreSwot';
import { analyzeVariance } from '../variance/analyzeVariance';
import { type AnalyzeOptions, AnalyzeOptionsSchema } from './AnalyzeOptions';
import { checkResult } from './checkResult';
import { choosePeriod, mainSheet } from './choosePeriod';
import { costLineHistories } from './costLineHistories';
import { dataQuality, markKpis } from './dataQuality';
import { forecastsFor, lineHistories, MAX_LINE_FORECASTS } from './forecastsFor';
import { guardSection } from './guardSection';
import { referenceSeries } from './referenceSeries';

const noForecast = () => ({ ok: false as const, reason: 'Forecasts are switched off for this analysis.' });

export { AnalyzeOptionsSchema, type AnalyzeOptions } from './AnalyzeOptions';

// Each section's output schema, made once: zod compiles a schema on its first parse, and the pane's worker analyses
// again on every change of settings.
const KPI_SECTION = z.object({
  kpis: z.array(KpiResultSchema),
  scorecard: ScorecardSchema.nullable(),
  diagnostics: z.array(DiagnosticSchema),
});
const FORECAST_SECTION = z.object({ series: z.array(ForecastSeriesSchema), leftOut: z.number() });
const SWOT_SECTION = z.object({ swot: SwotResultSchema.nullable(), diagnostics: z.array(DiagnosticSchema) });
const GOALS_SECTION = z.object({ goals: z.array(GoalResultSchema), diagnostics: z.array(DiagnosticSchema) });
const BOTTLENECKS_SECTION = z.array(BottleneckSchema);

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
    unreadable: read.unreadable ?? [],
  });
  const sheet = mainSheet(read);
  const faults: Diagnostic[] = [];
  const sectionNotes: Diagnostic[] = [];
  const scored = guardSection(
    'KPI scorecard',
    sheet,
    KPI_SECTION,
    { kpis: [], scorecard: null, diagnostics: [] },
    () => scoreKpis(read.kpis, chosen.period, chosen.fiscalYear, forecaster ? {} : { forecaster: noForecast }),
    faults,
  );
  const kpis = markKpis(scored.kpis, read.kpis, read.unreadable ?? [], chosen.period, chosen.fiscalYear.periods[0]);
  const histories = lineHistories(lineFacts, windows);
  const charted = guardSection(
    'forecast of the totals and material lines',
    sheet,
    FORECAST_SECTION,
    { series: [], leftOut: 0 },
    () => (settings.forecasts ? forecastsFor(variance.lines, histories, windows) : { series: [], leftOut: 0 }),
    faults,
  );
  const forecasts = charted.series;
  if (charted.leftOut > 0) {
    diagnostics.push({
      severity: 'info',
      sheet,
      cell: null,
      message: `${charted.leftOut} more expense lines have material variances; forecasts were drawn for the ${MAX_LINE_FORECASTS} largest.`,
      code: 'forecasts-limited',
    });
  }
  const swot = guardSection(
    'SWOT matrix',
    sheet,
    SWOT_SECTION,
    { swot: null, diagnostics: [] },
    // A suggested factor never rests on a cell that could not be read: marked figures are no evidence.
    () =>
      scoreSwot(read.swot, {
        kpis: kpis.filter((k) => k.quality === undefined),
        lines: variance.lines.filter((l) => l.quality === undefined),
        forecasts,
      }),
    faults,
  );
  const goals = guardSection(
    'phasing of objectives into goals',
    sheet,
    GOALS_SECTION,
    { goals: [], diagnostics: [] },
    () => phaseObjectives(read.objectives, chosen.fiscalYear, chosen.period, referenceSeries(read)),
    faults,
  );
  const bottlenecks = guardSection(
    'list of bottlenecks',
    sheet,
    BOTTLENECKS_SECTION,
    [],
    () => findBottlenecks(scored.kpis, costLineHistories(variance.lines, lineFacts, histories)),
    faults,
  );
  sectionNotes.push(...scored.diagnostics, ...swot.diagnostics, ...goals.diagnostics);
  const result: AnalysisResult = {
    period: chosen.period,
    fiscalYear: {
      startMonth: chosen.fiscalYear.startMonth,
      label: chosen.fiscalYear.label,
      periods: [...chosen.fiscalYear.periods],
    },
    variance,
    forecasts,
    kpis,
    scorecard: scored.scorecard,
    bottlenecks,
    swot: swot.swot,
    goals: goals.goals,
    diagnostics: [...read.diagnostics, ...chosen.diagnostics, ...diagnostics, ...sectionNotes, ...faults],
    dataQuality: dataQuality(variance.lines, kpis, settings.likeForLike),
  };
  return checkResult(result);
}
