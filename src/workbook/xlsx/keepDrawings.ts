/**
 * ExcelJS drops charts when it rewrites a workbook. This copies, from the original file into the rewritten one, the
 * drawing of every sheet this run did not rewrite (the user's sheets, and pack sheets left as they were), with all
 * the parts it reaches (charts, their styles and colours, images), so a user's charts survive the pack.
 */
import JSZip from 'jszip';
import { addRelationship, DRAWING_TYPE, insertDrawing, relsPathOf, sheetParts } from './xlsxPackage';

/** What could not be kept, in words, e.g. 'The charts on "Budget" could not be kept ...'. */
export type KeepMessages = string[];

function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

function overrideOf(types: string, part: string): string | null {
  const override = [...types.matchAll(/<Override\b[^>]*>/g)]
    .map((m) => m[0])
    .find((o) => o.includes(`PartName="/${part}"`));
  return override ? (/ContentType="([^"]+)"/.exec(override)?.[1] ?? null) : null;
}

/** The content type of a part: its override, else the default for its extension. */
function contentTypeOf(types: string, part: string): string | null {
  const fromOverride = overrideOf(types, part);
  if (fromOverride) return fromOverride;
  const ext = part.split('.').pop() ?? '';
  const def = new RegExp(`<Default[^>]*Extension="${ext}"[^>]*>`, 'i').exec(types)?.[0];
  return def ? (/ContentType="([^"]+)"/.exec(def)?.[1] ?? null) : null;
}

function freeName(zip: JSZip, part: string, taken: Set<string>): string {
  if (!zip.file(part) && !taken.has(part)) return part;
  const dot = part.lastIndexOf('.');
  for (let n = 1; ; n += 1) {
    const candidate = `${part.slice(0, dot)}_kept${n}${part.slice(dot)}`;
    if (!zip.file(candidate) && !taken.has(candidate)) return candidate;
  }
}

/** Every internal part reachable from `start` through relationships, `start` included. */
async function closure(zip: JSZip, start: string): Promise<string[]> {
  const seen: string[] = [];
  const queue = [start];
  while (queue.length > 0) {
    const part = queue.shift() as string;
    if (seen.includes(part) || !zip.file(part)) continue;
    seen.push(part);
    const rels = (await zip.file(relsPathOf(part))?.async('string')) ?? '';
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
      if (target && !/TargetMode="External"/.test(m[0])) queue.push(resolveTarget(part, target));
    }
  }
  return seen;
}

/**
 * `rewritten` with the original drawings of the sheets named `untouched` copied back. A sheet that ExcelJS gave a
 * drawing of its own (pictures) is left as written, with a message: merging two drawings is not attempted.
 */
export async function keepDrawings(
  original: Uint8Array,
  rewritten: Uint8Array,
  untouched: ReadonlySet<string>,
): Promise<{ bytes: Uint8Array; messages: KeepMessages }> {
  const source = await JSZip.loadAsync(original);
  const target = await JSZip.loadAsync(rewritten);
  const sourceSheets = await sheetParts(source);
  const targetSheets = await sheetParts(target);
  const sourceTypes = (await source.file('[Content_Types].xml')?.async('string')) ?? '';
  let types = (await target.file('[Content_Types].xml')?.async('string')) ?? '';
  const messages: KeepMessages = [];
  let changed = false;
  for (const [name, sourcePart] of sourceSheets) {
    const targetPart = targetSheets.get(name);
    if (!untouched.has(name) || !targetPart) continue;
    const sourceXml = (await source.file(sourcePart)?.async('string')) ?? '';
    const relId = /<drawing\b[^>]*r:id="([^"]+)"/.exec(sourceXml)?.[1];
    if (!relId) continue;
    const sheetRels = (await source.file(relsPathOf(sourcePart))?.async('string')) ?? '';
    const rel = [...sheetRels.matchAll(/<Relationship\b[^>]*>/g)]
      .map((m) => m[0])
      .find((r) => r.includes(`Id="${relId}"`));
    const drawingTarget = rel ? /\bTarget="([^"]+)"/.exec(rel)?.[1] : undefined;
    if (!drawingTarget) continue;
    const drawing = resolveTarget(sourcePart, drawingTarget);
    const drawingXml = (await source.file(drawing)?.async('string')) ?? '';
    if (!drawingXml.includes('drawingml/2006/chart')) continue;
    const targetXml = (await target.file(targetPart)?.async('string')) ?? '';
    if (targetXml.includes('<drawing ')) {
      messages.push(
        `The charts on "${name}" could not be kept in the written copy, because that sheet also has pictures; the original file still has them.`,
      );
      continue;
    }
    const parts = await closure(source, drawing);
    const renamed = new Map<string, string>();
    const taken = new Set<string>();
    for (const part of parts) {
      const name2 = freeName(target, part, taken);
      taken.add(name2);
      renamed.set(part, name2);
    }
    for (const part of parts) {
      const to = renamed.get(part) as string;
      target.file(to, await (source.file(part) as JSZip.JSZipObject).async('uint8array'));
      const type = contentTypeOf(sourceTypes, part);
      if (type && !overrideOf(types, to))
        types = types.replace('</Types>', `<Override PartName="/${to}" ContentType="${type}"/></Types>`);
      const rels = await source.file(relsPathOf(part))?.async('string');
      if (rels !== undefined) {
        const rewrittenRels = rels.replace(
          /(<Relationship\b[^>]*\bTarget=")([^"]+)("[^>]*>)/g,
          (whole, head: string, t: string, tail: string) => {
            if (/TargetMode="External"/.test(whole)) return whole;
            const moved = renamed.get(resolveTarget(part, t));
            return moved ? `${head}${relativeTarget(to, moved)}${tail}` : whole;
          },
        );
        target.file(relsPathOf(to), rewrittenRels);
      }
    }
    const newRel = await addRelationship(
      target,
      relsPathOf(targetPart),
      DRAWING_TYPE,
      relativeTarget(targetPart, renamed.get(drawing) as string),
    );
    target.file(targetPart, insertDrawing(targetXml, newRel));
    changed = true;
  }
  if (!changed) return { bytes: rewritten, messages };
  target.file('[Content_Types].xml', types);
  return { bytes: await target.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), messages };
}
