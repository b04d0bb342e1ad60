import { formatKpiValue } from '../kpi/formatKpiValue';
import type { ForecastSeries, VarianceLine } from '../results/AnalysisResult';
import type { RankedSuggestion, SwotSuggestion } from './SwotSuggestion';

/** A full-year outlook this far from budget (as a fraction of it) is forecast upside or shortfall. */
export const OUTLOOK_MATERIALITY = 0.03;

/** Cells cited per suggestion: enough to find the line, not the whole row of months. */
const CELLS_CITED = 3;

/**
 * Candidate SWOT factors from the variance lines: lines favourable in the month, quarter and year to date (and
 * material year to date) are strengths; expense lines already over their full-year budget, or materially
 * unfavourable year to date, are weaknesses; a forecast full-year outlook better than budget by
 * {@link OUTLOOK_MATERIALITY} is an opportunity and one worse by as much a threat. Outlooks built from the remaining
 * budget rather than a forecast say nothing about the future and are skipped.
 */
export function suggestFromLines(
  lines: readonly VarianceLine[],
  forecasts: readonly ForecastSeries[],
): RankedSuggestion[] {
  return lines.flatMap((line) => {
    const name = line.department === null ? line.account : `${line.account} (${line.department})`;
    const cells = line.sources.slice(0, CELLS_CITED);
    return [strength(line, name), weakness(line, name), outlook(line, name, forecasts)].flatMap((found) =>
      found === null ? [] : [{ strength: found.strength, suggestion: { ...found.suggestion, cells } }],
    );
  });
}

type Found = { strength: number; suggestion: Omit<SwotSuggestion, 'cells'> } | null;

function strength(line: VarianceLine, name: string): Found {
  const { month, qtd, ytd } = line;
  if (!(month.favourable && qtd.favourable && ytd.favourable && ytd.material)) return null;
  return {
    strength: Math.abs(ytd.variancePct ?? 0),
    suggestion: {
      factor: `${name} consistently favourable`,
      category: 'S',
      evidence: `${name} is favourable in the month, quarter and year to date: ${versus(ytd.actual, ytd.budget)} year to date.`,
    },
  };
}

function weakness(line: VarianceLine, name: string): Found {
  const { ytd, fullYear } = line;
  const overspent = line.type === 'expense' && fullYear.overspent;
  if (!overspent && (ytd.favourable || !ytd.material)) return null;
  const evidence = overspent
    ? `${name} has already spent ${money(ytd.actual)}, ${pct(fullYear.consumed ?? 0)} of its full-year budget of ${money(fullYear.budget)}.`
    : `${name} is materially unfavourable year to date: ${versus(ytd.actual, ytd.budget)}.`;
  return {
    strength: Math.max(Math.abs(ytd.variancePct ?? 0), (fullYear.consumed ?? 1) - 1),
    suggestion: { factor: `${name} ${overspent ? 'overspent' : 'behind budget'}`, category: 'W', evidence },
  };
}

function outlook(line: VarianceLine, name: string, forecasts: readonly ForecastSeries[]): Found {
  const { fullYear } = line;
  const share = fullYear.variancePct;
  if (!fullYear.outlookMethod.startsWith('forecast') || share === null || Math.abs(share) < OUTLOOK_MATERIALITY) {
    return null;
  }
  // Revenue above budget and cost below it are upside: the variance sign means opposite things for the two types.
  const upside = line.type === 'revenue' ? fullYear.variance > 0 : fullYear.variance < 0;
  const method = forecasts.find((f) => f.key === line.key)?.method ?? fullYear.outlookMethod.replace(/^forecast:?/, '');
  return {
    strength: Math.abs(share),
    suggestion: {
      factor: `${name} ${upside ? 'forecast upside' : 'forecast shortfall'}`,
      category: upside ? 'O' : 'T',
      evidence:
        `${name}: full-year outlook ${versus(fullYear.outlook, fullYear.budget)}` +
        `${method === '' ? '' : ` (forecast method ${method})`}.`,
    },
  };
}

function versus(actual: number, budget: number): string {
  const delta = actual - budget;
  const share = budget === 0 ? '' : `, ${delta >= 0 ? '+' : ''}${pct(delta / Math.abs(budget))}`;
  return `${money(actual)} against budget ${money(budget)} (${delta >= 0 ? '+' : ''}${money(delta)}${share})`;
}

function money(value: number): string {
  return formatKpiValue(Math.round(value), null);
}

function pct(fraction: number): string {
  return formatKpiValue(fraction, '%', true);
}
