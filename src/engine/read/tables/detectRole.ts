import type { Grid } from '../../grid/Grid';
import type { ColumnRole, TableRole } from '../WorkbookRead';
import { cellAt, cellText, isBlank } from '../cells/cells';
import type { TableRegion } from './findTables';
import { normalizeText } from '../cells/text';

/** The role of a table with how sure we are and a sentence saying why. */
export interface RoleGuess {
  readonly role: TableRole;
  readonly confidence: number;
  readonly reason: string;
}

/** "S", "Strength", "Weaknesses"... as a SWOT letter, or null. */
export function swotLetter(text: string): 'S' | 'W' | 'O' | 'T' | null {
  const t = normalizeText(text);
  if (/^(?:s|strengths?)$/.test(t)) return 'S';
  if (/^(?:w|weaknesse?s?)$/.test(t)) return 'W';
  if (/^(?:o|opportunit(?:y|ies))$/.test(t)) return 'O';
  if (/^(?:t|threats?)$/.test(t)) return 'T';
  return null;
}

/**
 * Decides whether a table holds finance lines, KPIs, SWOT factors or objectives from its column names, its month
 * columns, the values of a category column, and the words of its sheet name and titles. Each clue adds to a score;
 * confidence grows with the winner's score and its lead over the runner-up.
 */
export function detectRole(
  grid: Grid,
  region: TableRegion,
  columns: readonly ColumnRole[],
  hints: readonly string[],
): RoleGuess {
  const has = (role: string): boolean => columns.some((c) => c.role === role);
  const months = columns.filter((c) => c.role === 'month').length;
  const words = normalizeText(hints.join(' '));
  const clues: Record<Exclude<TableRole, 'unknown'>, string[]> = { finance: [], kpi: [], swot: [], objectives: [] };
  const scores = { finance: 0, kpi: 0, swot: 0, objectives: 0 };
  const add = (role: keyof typeof scores, points: number, clue: string): void => {
    scores[role] += points;
    clues[role].push(clue);
  };
  if (has('kpi')) add('kpi', 4, 'a KPI column');
  if (has('direction')) add('kpi', 2, 'a direction column');
  if (has('green') || has('amber')) add('kpi', 1, 'threshold columns');
  if (has('target') && !has('objective')) add('kpi', has('kpi') ? 1 : 2, 'a target column');
  if (!has('kpi') && has('target') && has('unit')) add('kpi', 1, 'a unit column');
  if (!has('kpi') && has('target') && has('owner')) add('kpi', 1, 'an owner column');
  if (/\b(?:kpis?|scorecard|metrics|dashboard|performance indicators)\b/.test(words))
    add('kpi', 2, 'the sheet or title names KPIs');
  if (has('factor')) add('swot', 3, 'a factor column');
  const swotValues = categoryIsSwot(grid, region, columns);
  if (swotValues) add('swot', 4, 'a category column holding S/W/O/T');
  if (has('rating') && has('weight')) add('swot', 1, 'weight and rating columns');
  const headings = swotHeadingRows(grid, region);
  if (headings >= 2) add('swot', 4, `${headings} Strengths/Weaknesses/Opportunities/Threats heading rows`);
  if (columns.filter((c) => c.role === 'quadrant').length >= 3)
    add('swot', 6, 'Strengths, Weaknesses, Opportunities and Threats columns');
  if (/\bswot\b/.test(words)) add('swot', 3, 'the sheet or title says SWOT');
  if (has('objective')) add('objectives', 4, 'an objective column');
  if (has('phasing')) add('objectives', 2, 'a phasing column');
  if (has('reference') || has('profile')) add('objectives', 1, 'a seasonal reference column');
  if (has('target') && has('objective')) add('objectives', 1, 'a target column');
  if (/\b(?:objectives?|goals?|okrs?)\b/.test(words)) add('objectives', 2, 'the sheet or title names objectives');
  if (has('account') || has('accountCode')) add('finance', 3, 'an account column');
  if (months >= 2 && !has('kpi') && !has('objective')) {
    add('finance', 2, `${months} month columns`);
    if (!has('account') && (has('label') || has('dimension'))) add('finance', 1, 'a label column beside them');
  }
  if (has('period') && (has('amount') || columns.some((c) => c.scenario)))
    add('finance', 3, 'period and amount columns');
  if (has('period') && has('debit') && has('credit')) add('finance', 4, 'period, debit and credit columns');
  if (has('department')) add('finance', 1, 'a department column');
  // Budgets and actuals have no targets or directions: those columns make a table a scorecard.
  if (has('target') || has('direction')) scores.finance -= 2;
  if (has('scenario')) add('finance', 1, 'a scenario column');
  if (
    /\b(?:budgets?|actuals?|forecast|prior year|p&l|pnl|profit and loss|income statement|opex|cost cent(?:re|er)s?)\b/.test(
      words,
    )
  )
    add('finance', 2, 'the sheet or title names budget, actuals or a P&L');
  const ranked = (Object.keys(scores) as (keyof typeof scores)[]).sort((a, b) => scores[b] - scores[a]);
  const [best, second] = ranked;
  if (scores[best] < 3) {
    return {
      role: 'unknown',
      confidence: 0,
      reason: 'No column names an account, a KPI, a SWOT factor or an objective.',
    };
  }
  const missing = missingEvidence(best, { has, swotValues, headings, months });
  if (missing !== null) {
    return {
      role: 'unknown',
      confidence: 0,
      reason: `Not used: it looks most like ${ROLE_NAMES[best]} (${clues[best].join(', ')}), but ${missing}.`,
    };
  }
  const confidence = Math.max(0.1, Math.min(0.99, 0.45 + 0.08 * scores[best] - 0.1 * scores[second]));
  return {
    role: best,
    confidence: Math.round(confidence * 100) / 100,
    reason: `Read as ${ROLE_NAMES[best]}: ${clues[best].join(', ')}.`,
  };
}

/**
 * What a table's own columns must show before it is called KPIs, SWOT or objectives: a sheet name or a lone "Item"
 * column is a hint, not evidence (two "Item | Amount" lists are not a SWOT table). Null when the evidence is there.
 */
function missingEvidence(
  role: Exclude<TableRole, 'unknown'>,
  evidence: { has: (role: string) => boolean; swotValues: boolean; headings: number; months: number },
): string | null {
  const { has } = evidence;
  if (role === 'kpi' && !has('kpi') && !has('target') && !has('direction'))
    return 'no column names a KPI, a target or a direction';
  if (
    role === 'swot' &&
    !evidence.swotValues &&
    evidence.headings < 2 &&
    !has('quadrant') &&
    !(has('factor') && (has('weight') || has('rating')))
  )
    return 'no column holds S/W/O/T categories, no Strengths/Weaknesses headings divide it and it has no weight or rating column';
  if (role === 'objectives' && !has('objective') && !has('phasing')) return 'no column names an objective or a phasing';
  if (role === 'finance' && !has('account') && !has('accountCode') && evidence.months < 2 && !has('period'))
    return 'it has neither month columns nor a period column';
  return null;
}

/** Rows holding nothing but "Strengths", "Weaknesses", "Opportunities" or "Threats": the headed SWOT layout. */
function swotHeadingRows(grid: Grid, region: TableRegion): number {
  const found = new Set<string>();
  for (let r = region.dataStart; r < Math.min(region.dataEnd, region.dataStart + 500); r++) {
    let text: string | null = null;
    let cells = 0;
    for (let c = region.columnStart; c < region.columnEnd; c++) {
      const value = cellAt(grid, r, c);
      if (isBlank(value)) continue;
      cells++;
      text = cellText(value);
    }
    if (cells === 1 && text !== null && text.length > 1) {
      const letter = swotLetter(text);
      if (letter) found.add(letter);
    }
  }
  return found.size;
}

const ROLE_NAMES = { finance: 'finance lines', kpi: 'KPIs', swot: 'a SWOT table', objectives: 'objectives' } as const;

function categoryIsSwot(grid: Grid, region: TableRegion, columns: readonly ColumnRole[]): boolean {
  return swotCategoryColumn(grid, region, columns) !== null;
}

/** The index of the column whose values are mostly S/W/O/T words or letters, or null. */
export function swotCategoryColumn(grid: Grid, region: TableRegion, columns: readonly ColumnRole[]): number | null {
  const candidates = columns.filter((c) => ['category', 'type', 'label', 'dimension', 'perspective'].includes(c.role));
  for (const column of candidates) {
    let hits = 0;
    let seen = 0;
    for (let r = region.dataStart; r < region.dataEnd; r++) {
      const value = cellAt(grid, r, region.columnStart + column.index);
      if (isBlank(value)) continue;
      seen++;
      if (swotLetter(cellText(value))) hits++;
    }
    if (seen > 0 && hits / seen >= 0.6) return column.index;
  }
  return null;
}
