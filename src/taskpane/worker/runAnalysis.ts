import { analyze } from '../../engine/analyze/analyze';
import { fingerprintGrid } from '../../engine/pack/fingerprint';
import { packContext } from '../../engine/pack/packContext';
import { mappingFromRead } from '../../engine/read/mapping';
import { readWorkbook } from '../../engine/read/readWorkbook';
import type { WorkbookRead } from '../../engine/read/WorkbookRead';
import { detectCurrency } from '../../engine/variance/detectCurrency';
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
 * Reads and analyses a workbook's grids: the heavy part of the pane's work, run in the analysis worker (or inline
 * where workers are unavailable). Reports progress between stages. Never throws on workbook data: the reader and
 * the analysis turn problems into diagnostics; an exception here is a bug and is reported by the caller.
 */
export function runAnalysis(request: AnalysisRequest, report: (progress: AnalysisProgress) => void): AnalysisOutcome {
  report({ label: `Reading ${request.grids.length} ranges`, fraction: 0.05 });
  const read = readWorkbook(request.grids, { mapping: request.mapping ?? undefined, tables: request.tables });
  const lines = new Set(read.facts.map((f) => `${f.account}|${f.department ?? ''}`)).size;
  report({ label: `Analysing ${lines} lines and forecasting`, fraction: 0.35 });
  const result = analyze(read, {
    ...(request.period ? { period: request.period } : {}),
    threshold: request.threshold,
    absoluteThreshold: request.absoluteThreshold,
    topCount: request.topCount,
    // As reviewWorkbook does for the command line, so the pane's sentences carry the workbook's currency too.
    currency: detectCurrency(request.grids),
  });
  report({ label: 'Preparing the results', fraction: 0.95 });
  return {
    // The fiscal year under review (the one holding the review month), as `ops-review inspect` and `analyze` say.
    summary: { ...summarise(read), fiscalYear: result.fiscalYear },
    result,
    sources: request.grids.map(fingerprintGrid),
    ...packContext(read, request.grids, result),
    budgets: forecastBudgets(read.facts, result.forecasts),
  };
}
