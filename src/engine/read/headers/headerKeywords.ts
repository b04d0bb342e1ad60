import type { Scenario } from '../datasets';
import { normalizeText } from '../cells/text';

/**
 * What a header text names. Patterns match the whole normalised header, so a data value that merely contains a
 * keyword ("Unit cost") is not taken for a header. Order matters: the more specific forms come first.
 */
const HEADER_ROLES: readonly (readonly [string, RegExp])[] = [
  [
    'accountCode',
    /^(?:(?:gl|account|acct|a\/c|nominal|ledger)\.? ?(?:code|no\.?|number|num|#)|code|acct ?#|account id)$/,
  ],
  [
    'department',
    /^(?:department|dept\.?|cost cent(?:re|er)s?|cc|division|business unit|bu|function|team|cost cent(?:re|er) name)$/,
  ],
  ['type', /^(?:(?:account |p&l |line )?(?:type|class)|classification|nature|rev\/exp|income\/expense)$/],
  ['scenario', /^(?:scenario|version|data ?type|budget\/actual|actual\/budget|plan\/actual|source)$/],
  [
    'period',
    /^(?:period|month|date|posting (?:period|date)|(?:fiscal|accounting|reporting) (?:period|month)|month end|month ending)$/,
  ],
  // Ledger exports: a debit and a credit column instead of one signed amount.
  ['debit', /^(?:debits?|dr|debit amount|debit \(.*\)|amount dr|dr amount)$/],
  ['credit', /^(?:credits?|cr|credit amount|credit \(.*\)|amount cr|cr amount)$/],
  [
    'amount',
    /^(?:amount|value|net|balance|net amount|total amount|amount \(.*\)|value \(.*\)|\$|£|€|actual value|result)$/,
  ],
  ['kpi', /^(?:kpi|kpis|kpi name|metric|metrics|measure|indicator|key performance indicator|performance indicator)$/],
  ['owner', /^(?:owner|kpi owner|responsible|accountable|lead|manager|owned by|responsibility)$/],
  ['unit', /^(?:units?|uom|unit of measure|measure unit)$/],
  [
    'direction',
    /^(?:direction|polarity|better(?: if| when)?|good is|higher is better\??|desired direction|optimal direction|trend goal)$/,
  ],
  ['targetLow', /^(?:target (?:low|min|minimum|from)|min(?:imum)?|lower (?:bound|limit)|floor|range low|low)$/],
  ['targetHigh', /^(?:target (?:high|max|maximum|to)|max(?:imum)?|upper (?:bound|limit)|ceiling|range high|high)$/],
  ['green', /^(?:green(?: threshold| from| at)?|on track(?: threshold)?)$/],
  ['amber', /^(?:amber(?: threshold| from| at)?|yellow(?: threshold)?|at risk(?: threshold)?)$/],
  [
    'target',
    /^(?:target|targets|target value|annual target|fy target|full[- ]year target|year target|goal value|fy\d{2,4} target|target \(.*\)|annual target \(.*\))$/,
  ],
  ['perspective', /^(?:perspective|pillar|theme|bsc perspective|scorecard perspective|area)$/],
  ['weight', /^(?:weight|weighting|wt|weight %|importance|weight \(%\))$/],
  ['rating', /^(?:rating|score|impact|severity|rank|rating \(1-5\)|score \(1-5\)|rating \(1-4\))$/],
  ['factor', /^(?:factor|factors|swot factor|item|issue|statement|point|description of factor)$/],
  ['quadrant', /^(?:strengths?|weaknesses|opportunities|threats)$/],
  ['category', /^(?:category|swot|quadrant|swot category|swot type|s\/w\/o\/t|group)$/],
  // What identifies a posting, never a line: ledger memo, document and journal columns.
  [
    'memo',
    /^(?:memo|memo text|line memo|narrative|narration|posting text|line description|transaction description|text|ref|ref\.|ref no\.?|reference no\.?|reference number|doc(?:ument)?(?: no\.?| number| #| id| date| type)?|source document|journal(?: no\.?| number| id| entry| type)?|je(?: no\.?| id)?|entry(?: no\.?| number| id)|voucher(?: no\.?| number)?|batch(?: no\.?| id)?|transaction(?: no\.?| id| number)?|txn(?: no\.?| id)?|invoice(?: no\.?| number| date)?|supplier|vendor|payee|counterparty|posted by|created by|user|entered by|line no\.?|line number)$/,
  ],
  ['notes', /^(?:notes?|comments?|commentary|explanation|remarks?|actions?|mitigation|response|rationale|evidence)$/],
  ['objective', /^(?:objective|objectives|goal|goals|strategic objective|strategic goal|initiative|okr)$/],
  ['phasing', /^(?:phasing|phasing method|phase|method|spread|allocation|phasing basis)$/],
  [
    'reference',
    /^(?:reference|seasonal reference|reference series|based on|seasonality|season profile|seasonal profile|seasonal basis)$/,
  ],
  ['profile', /^(?:profile|custom profile|weights|monthly weights|phasing profile)$/],
  [
    'account',
    /^(?:account|accounts|account name|account description|description|line item|line items|line|gl account|nominal account|p&l line|cost element|budget line|particulars|details|caption|expense line|revenue line)$/,
  ],
  [
    'ignored',
    /^(?:full[- ]year|fy|fy total|fy\s?\d{2,4}(?: total)?|total|year total|annual|annual total|ytd|ytd total|h[12]|var(?:iance)?(?: %)?|% ?var|growth|% of (?:sales|revenue|total)|ly|full year total|total year|sum)$/,
  ],
  [
    'dimension',
    /^(?:region|entity|company|site|location|project|channel|product(?: line)?|segment|country|market|customer|branch|warehouse|depot|fund|program(?:me)?|activity|brand|store)$/,
  ],
];

/** The role a header text names, or null when it names none. */
export function headerRole(text: string): string | null {
  const t = normalizeText(text);
  if (t === '') return null;
  for (const [role, pattern] of HEADER_ROLES) if (pattern.test(t)) return role;
  return null;
}

const SCENARIO_WORDS: readonly (readonly [Scenario, RegExp])[] = [
  ['priorYear', /\b(?:prior[- ]year|py|ly|last year|previous year|prior)\b/],
  ['forecast', /\b(?:forecast|fcst|fc|outlook|reforecast|re-forecast|rf|latest estimate|le|projection|projected)\b/],
  ['actual', /\b(?:actuals?|act|ytd actual)\b/],
  ['budget', /\b(?:budgets?|bud|bgt|plan|aop|approved budget)\b/],
];

/**
 * The one scenario a text names ("Budget FY26", "Act", "PY"), or null when it names none or several ("Budget vs
 * actual"). Prior year absorbs actual: "Prior year actuals" is the prior year.
 */
export function scenarioIn(text: string): Scenario | null {
  const t = normalizeText(text);
  const found = new Set(SCENARIO_WORDS.filter(([, pattern]) => pattern.test(t)).map(([scenario]) => scenario));
  if (found.has('priorYear')) found.delete('actual');
  return found.size === 1 ? [...found][0] : null;
}

/** Splits "Budget Jan-26" or "Jan-26 Act" into its scenario word and the rest; null when no scenario word is at an end. */
export function splitScenarioPrefix(text: string): { scenario: Scenario; rest: string } | null {
  if (text.length > 60) return null; // header cells are short; long text is a note, and regexes stay linear
  const t = text.replace(/[\u00a0\u2007\u202f]/g, ' ').trim();
  const m =
    /^(prior[- ]year|prior|py|ly|last year|forecast|fcst|fc|outlook|actuals?|act|budgets?|bud|bgt|plan)\b[\s\-:|/]*(.+)$/i.exec(
      t,
    ) ??
    /^(.+?)[\s\-:|/]+(prior[- ]year|prior|py|ly|last year|forecast|fcst|fc|outlook|actuals?|act|budgets?|bud|bgt|plan)$/i.exec(
      t,
    );
  if (!m) return null;
  const [word, rest] = scenarioIn(m[1]) ? [m[1], m[2]] : [m[2], m[1]];
  const scenario = scenarioIn(word);
  return scenario ? { scenario, rest: rest.trim() } : null;
}
