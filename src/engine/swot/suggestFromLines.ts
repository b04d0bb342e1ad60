import { formatKpiValue } from '../kpi/formatKpiValue';
import type { VarianceLine } from '../results/AnalysisResult';
import type { RankedSuggestion, SwotSuggestion } from './SwotSuggestion';

/** A full-year outlook this far from budget (as a fraction of it) is forecast upside or shortfall. */
export const OUTLOOK_MATERIALITY = 0.03;

/** Cells cited per suggestion: enough to find the line, not the whole row of months. */
const CELLS_CITED = 3;

/**
 * Candidate SWOT factors from the variance lines: lines favourable in the month, quarter and year to date (and
 * material year to date) are strengths; expense lines already over their full-year budget, or materially
 * unfavourable year to date, are weaknesses; a forecast full-year outlook better than budget by
 * {@link OUTLOOK_MATERIALITY} is an opportunity and one worse by as much a threat (a cost underspend is
 * not an opportunity, so it is not suggested). Outlooks built from the remaining
 * budget rather than a forecast say nothing about the future and are skipped.
 */
export function suggestFromLines(lines: readonly VarianceLine[]): RankedSuggestion[] {
  return lines.flatMap((line) => {
    const name = line.department === null ? line.account : `${line.account} (${line.department})`;
    const cells = line.sources.slice(0, CELLS_CITED);
    return [strength(line, name), weakness(line, name), outlook(line, name)].flatMap((found) =>
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

function outlook(line: VarianceLine, name: string): Found {
  const { fullYear } = line;
  const share = fullYear.variancePct;
  if (!fullYear.outlookMethod.startsWith('forecast') || share === null || Math.abs(share) < OUTLOOK_MATERIALITY) {
    return null;
  }
  // Revenue above budget is upside (an opportunity) and below it a shortfall (a threat). For a cost, an overspend
  // is a threat; an underspend is a saving to confirm, not an opportunity in the SWOT sense, so it is not suggested.
  const revenue = line.type === 'revenue';
  const upside = revenue ? fullYear.variance > 0 : fullYear.variance < 0;
  if (!revenue && upside) return null;
  const factor = revenue ? (upside ? 'forecast above budget' : 'forecast below budget') : 'forecast overspend';
  return {
    strength: Math.abs(share),
    suggestion: {
      factor: `${name} ${factor}`,
      category: upside ? 'O' : 'T',
      evidence: `${name}: full-year outlook ${versus(fullYear.outlook, fullYear.budget)}, from the forecast of its actuals so far.`,
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
