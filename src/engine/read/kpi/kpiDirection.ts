import type { KpiDirection } from '../datasets';
import { normalizeText } from '../cells/text';

/** Reads a direction cell: "Higher is better", "Up", "↑", "Max" ... "Lower", "↓", "Min" ... "Range", "Between", "Band". */
export function parseDirection(text: string): KpiDirection | null {
  const t = normalizeText(text);
  if (/^(?:higher(?: is better)?|high|up|increase|increasing|maximi[sz]e|max|more is better|↑|▲|\+|h|hib)$/.test(t))
    return 'higher';
  if (/^(?:lower(?: is better)?|low|down|decrease|decreasing|minimi[sz]e|min|less is better|↓|▼|-|l|lib)$/.test(t))
    return 'lower';
  if (/^(?:range|between|band|within range|target range|in range|on target|=|↔)$/.test(t)) return 'range';
  return null;
}

/** The direction a KPI name suggests when the table gives none: costs, times, errors and incidents are better lower. */
export function directionFromName(name: string): KpiDirection {
  const t = normalizeText(name);
  return /\b(?:cost|costs|days|time|lead time|cycle time|turnover|churn|attrition|incidents?|injur|defects?|errors?|complaints?|returns?|damage|claims|absence|absenteeism|downtime|overtime|backlog|late|lost|waste|scrap|dso|dpo|variance|spend|emissions|co2|accidents?|ltifr|trifr)\b/.test(
    t,
  )
    ? 'lower'
    : 'higher';
}
