/**
 * Brings the style records of the pack's own sheets into the user's `styles.xml` by appending, never rewriting: the
 * fonts, fills, borders, number formats, cell formats and differential formats (conditional formats) the scratch
 * renderer wrote are added at the end of their lists, or reused when the user's file already has the identical
 * record (so refreshing a pack does not grow the file). Existing records keep their index, so every `s="..."` in the
 * user's sheets still means what it meant.
 */
import { attr } from './xlsxPackage';

/** CT_Stylesheet's element order: where a list the user's file lacks must be created. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs'];
const AFTER_LISTS = ['<tableStyles', '<colors', '<extLst', '</styleSheet>'];

/** The user's styles with the scratch's appended, and how scratch indices map to the user's. */
export interface AppendedStyles {
  readonly xml: string;
  /** Index in the user's cellXfs of each scratch cellXfs record. */
  readonly xf: readonly number[];
  /** Index in the user's dxfs of each scratch dxf record. */
  readonly dxf: readonly number[];
}

/** The records (`<font>...</font>` or `<font/>`) of the list `list` whose items are `item`. */
function records(xml: string, list: string, item: string): string[] {
  const body = new RegExp(`<${list}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${list}>)`).exec(xml)?.[1] ?? '';
  return [...body.matchAll(new RegExp(`<${item}\\b[^>]*?/>|<${item}\\b[^>]*>[\\s\\S]*?</${item}>`, 'g'))].map(
    (m) => m[0],
  );
}

/** `xml` with `added` records at the end of `list` (created in its place when missing) and its count updated. */
function appendTo(xml: string, list: string, added: readonly string[], total: number): string {
  if (added.length === 0) return xml;
  const open = new RegExp(`<${list}\\b([^>]*?)(/?)>`).exec(xml);
  if (open) {
    const head = open[0].replace(/\scount="\d+"/, '').replace(/\/?>$/, '');
    const start = `${head} count="${total}">`;
    if (open[2] === '/') return xml.replace(open[0], `${start}${added.join('')}</${list}>`);
    const close = xml.indexOf(`</${list}>`, open.index);
    return `${xml.slice(0, open.index)}${start}${xml.slice(open.index + open[0].length, close)}${added.join('')}${xml.slice(close)}`;
  }
  const later = [...ORDER.slice(ORDER.indexOf(list) + 1).map((l) => `<${l}`), ...AFTER_LISTS];
  const at = Math.min(...later.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
  return `${xml.slice(0, at)}<${list} count="${total}">${added.join('')}</${list}>${xml.slice(at)}`;
}

/** Appends `scratch` records to `own`, reusing identical ones; returns each scratch record's index in the result. */
function merge(own: readonly string[], scratch: readonly string[]): { added: string[]; index: number[] } {
  const all = [...own];
  const added: string[] = [];
  const index = scratch.map((record) => {
    const found = all.indexOf(record);
    if (found >= 0) return found;
    all.push(record);
    added.push(record);
    return all.length - 1;
  });
  return { added, index };
}

function setAttr(tag: string, name: string, value: number): string {
  return tag.replace(new RegExp(`(\\s${name}=")\\d+(")`), `$1${value}$2`);
}

/** Custom number formats: the same format code reuses the user's id; a new one gets the next free id. */
function mergeNumFmts(own: string, scratch: string): { added: string[]; id: Map<number, number>; total: number } {
  const mine = records(own, 'numFmts', 'numFmt');
  const byCode = new Map(mine.map((f) => [attr(f, 'formatCode'), Number(attr(f, 'numFmtId'))]));
  let next = Math.max(163, ...mine.map((f) => Number(attr(f, 'numFmtId')))) + 1;
  const id = new Map<number, number>();
  const added: string[] = [];
  for (const format of records(scratch, 'numFmts', 'numFmt')) {
    const from = Number(attr(format, 'numFmtId'));
    const same = byCode.get(attr(format, 'formatCode'));
    if (same !== undefined) id.set(from, same);
    else {
      id.set(from, next);
      added.push(setAttr(format, 'numFmtId', next));
      byCode.set(attr(format, 'formatCode'), next);
      next += 1;
    }
  }
  return { added, id, total: mine.length + added.length };
}

/** The user's `styles.xml` with what the `scratch` styles need; see the module comment. */
export function appendStyles(own: string, scratch: string): AppendedStyles {
  const numFmts = mergeNumFmts(own, scratch);
  let xml = appendTo(own, 'numFmts', numFmts.added, numFmts.total);
  const lists = { fonts: 'font', fills: 'fill', borders: 'border' } as const;
  const maps: Record<string, number[]> = {};
  for (const [list, item] of Object.entries(lists)) {
    const mine = records(xml, list, item);
    const merged = merge(mine, records(scratch, list, item));
    xml = appendTo(xml, list, merged.added, mine.length + merged.added.length);
    maps[item] = merged.index;
  }
  const remap = (xf: string): string => {
    let out = xf;
    const fmt = Number(attr(xf, 'numFmtId') ?? 0);
    out = setAttr(out, 'numFmtId', numFmts.id.get(fmt) ?? fmt);
    for (const [item, key] of [
      ['font', 'fontId'],
      ['fill', 'fillId'],
      ['border', 'borderId'],
    ] as const) {
      const from = attr(xf, key);
      if (from !== undefined) out = setAttr(out, key, maps[item]?.[Number(from)] ?? Number(from));
    }
    // Every pack cell format is based on the user's Normal style.
    return setAttr(out, 'xfId', 0);
  };
  const ownXfs = records(xml, 'cellXfs', 'xf');
  const xfs = merge(ownXfs, records(scratch, 'cellXfs', 'xf').map(remap));
  xml = appendTo(xml, 'cellXfs', xfs.added, ownXfs.length + xfs.added.length);
  const ownDxfs = records(xml, 'dxfs', 'dxf');
  const dxfs = merge(ownDxfs, records(scratch, 'dxfs', 'dxf'));
  xml = appendTo(xml, 'dxfs', dxfs.added, ownDxfs.length + dxfs.added.length);
  return { xml, xf: xfs.index, dxf: dxfs.index };
}
