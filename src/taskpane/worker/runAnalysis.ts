import { mappingFromRead, reviewGrids, type WorkbookRead } from '../../engine';
import type { DataSummary } from '../pages/dataChoices';
import { forecastBudgets } from './forecastBudgets';
import type { AnalysisOutcome, AnalysisProgress, AnalysisRequest } from './protocol';

/** The Data page's view of a read workbook: tables, problems, fiscal year and each account's type. */
export function summarise(read: WorkbookRead): DataSummary {
  const accounts = new Map<string, DataSummary['accounts'][number]>();
  for (const fact of read.facts) {
    if (!accounts.has(fact.account))
      accounts.set(fact.account, { account: fact.account, type: fact.type, source: fact.source });
  }
  return {
    tables: read.tables,
    diagnostics: read.diagnostics,
    fiscalYear: read.fiscalYear,
    fiscalYearKnown: read.fiscalYearKnown ?? true,
    lastActualPeriod: read.lastActualPeriod,
    accounts: [...accounts.values()],
    mapping: mappingFromRead(read),
  };
}

/**
 * The pane's review, run in the analysis worker (or inline where workers are unavailable): the engine's one
 * `reviewGrids`, as the command line runs it, plus what only the pane shows. Never throws on workbook data; an
 * exception here is a bug and is reported by the caller.
 */
export function runAnalysis(request: AnalysisRequest, report: (progress: AnalysisProgress) => void): AnalysisOutcome {
  const { read, ...figures } = reviewGrids(request.grids, request.settings, request.request, report);
  return {
    ...figures,
    // The fiscal year under review (the one holding the review month), as `ops-review inspect` and `analyze` say.
    summary: { ...summarise(read), fiscalYear: figures.result.fiscalYear },
    budgets: forecastBudgets(read.facts, figures.result.forecasts),
  };
}
