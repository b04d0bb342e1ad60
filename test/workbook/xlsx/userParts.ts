/**
 * Compares a user's package before and after a pack was written: which parts the writer may own or edit, and whether
 * everything else is byte for byte the same. The parts it edits are checked too: taking the writer's insertions out
 * of them must give back the user's text exactly (for styles, every record list must start with the user's records,
 * and the text around the lists must be unchanged).
 */
import JSZip from 'jszip';

/** The parts every pack write may edit (the styles part is found through the workbook's relationships). */
export const EDITED = ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml'];

const LISTS: readonly [string, string][] = [
  ['numFmts', 'numFmt'],
  ['fonts', 'font'],
  ['fills', 'fill'],
  ['borders', 'border'],
  ['cellXfs', 'xf'],
  ['dxfs', 'dxf'],
];

function records(xml: string, list: string, item: string): string[] {
  const body = new RegExp(`<${list}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${list}>)`).exec(xml)?.[1] ?? '';
  return [...body.matchAll(new RegExp(`<${item}\\b[^>]*?/>|<${item}\\b[^>]*>[\\s\\S]*?</${item}>`, 'g'))].map(
    (m) => m[0],
  );
}

/** Why the styles `after` do not merely append to `before`; null when they do. */
function stylesProblem(before: string, after: string): string | null {
  for (const [list, item] of LISTS) {
    const mine = records(before, list, item);
    const now = records(after, list, item);
    if (mine.some((r, i) => now[i] !== r)) return `${list}: the user's records changed`;
  }
  const outside = (xml: string) =>
    LISTS.reduce((text, [list]) => text.replace(new RegExp(`<${list}\\b[^>]*?(?:/>|>[\\s\\S]*?</${list}>)`), ''), xml);
  return outside(before) === outside(after) ? null : 'text outside the record lists changed';
}

/** `after` with the elements matching `ours` taken out. */
function without(after: string, pattern: RegExp, ours: (element: string) => boolean): string {
  return after.replace(pattern, (element) => (ours(element) ? '' : element));
}

/** Why the edited part `part` is more than insertions into `before`; null when it is only that. */
function editProblem(part: string, before: string, after: string): string | null {
  let stripped = after;
  if (part === 'xl/workbook.xml') {
    const oldIds = new Set([...before.matchAll(/<sheet\b[^>]*r:id="([^"]+)"/g)].map((m) => m[1]));
    stripped = without(after, /<sheet\b[^>]*\/>/g, (e) => !oldIds.has(/r:id="([^"]+)"/.exec(e)?.[1] ?? ''));
    stripped = without(stripped, /<definedName name="_OpsReview_[a-z]+" hidden="1">[^<]*<\/definedName>/g, () => true);
    // The pack sheets' own print names (title rows, print area), scoped to them; a user's print names are in `before`.
    stripped = without(
      stripped,
      /<definedName name="_xlnm\.Print_(?:Titles|Area)" localSheetId="\d+">[^<]*<\/definedName>/g,
      (e) => !before.includes(e),
    );
    const emptyList = /<definedNames\s*\/>/.exec(before)?.[0];
    if (emptyList !== undefined) stripped = stripped.replace('<definedNames></definedNames>', emptyList);
    else if (!before.includes('<definedNames>')) stripped = stripped.replace('<definedNames></definedNames>', '');
  } else if (part.endsWith('.rels')) {
    stripped = without(after, /<Relationship\b[^>]*\/>/g, (e) => !before.includes(e));
  } else if (part === '[Content_Types].xml') {
    stripped = without(after, /<Override\b[^>]*\/>/g, (e) => !before.includes(e));
  }
  return stripped === before ? null : `${part}: more than insertions`;
}

/** The styles part of a package, from its workbook relationships. */
async function stylesPart(zip: JSZip): Promise<string | null> {
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const target = /<Relationship\b[^>]*Type="[^"]*\/styles"[^>]*Target="([^"]+)"/.exec(rels)?.[1];
  if (target === undefined) return null;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Every problem found: parts lost, changed, or edited beyond insertions; empty when the user's parts are intact. */
export async function userPartProblems(before: Uint8Array, after: Uint8Array): Promise<string[]> {
  const [a, b] = await Promise.all([JSZip.loadAsync(before), JSZip.loadAsync(after)]);
  const styles = await stylesPart(a);
  const problems: string[] = [];
  for (const part of Object.keys(a.files).filter((f) => !a.files[f]?.dir)) {
    const old = await a.file(part)?.async('uint8array');
    const now = await b.file(part)?.async('uint8array');
    if (now === undefined || old === undefined) {
      problems.push(`${part}: lost`);
      continue;
    }
    if (Buffer.from(old).equals(Buffer.from(now))) continue;
    const [x, y] = [Buffer.from(old).toString('utf8'), Buffer.from(now).toString('utf8')];
    const problem =
      part === styles ? stylesProblem(x, y) : EDITED.includes(part) ? editProblem(part, x, y) : `${part}: changed`;
    if (problem !== null) problems.push(problem);
  }
  return problems;
}

/** The user's parts the writer changed at all (the edited ones, when it changed them), sorted. */
export async function changedParts(before: Uint8Array, after: Uint8Array): Promise<string[]> {
  const [a, b] = await Promise.all([JSZip.loadAsync(before), JSZip.loadAsync(after)]);
  const changed: string[] = [];
  for (const part of Object.keys(a.files).filter((f) => !a.files[f]?.dir)) {
    const [x, y] = await Promise.all([a.file(part)?.async('string'), b.file(part)?.async('string')]);
    if (x !== y) changed.push(part);
  }
  return changed.sort();
}
