import type { OpenedPackage } from './openPackage';
import { relationshipId } from './xmlPart';

/** A relationship of a part: its type's last segment ("worksheet", "table", "sharedStrings") and target part. */
export interface Relationship {
  readonly kind: string;
  /** Package-absolute part name without the leading slash, ".." resolved; null for external targets. */
  readonly target: string | null;
}

/**
 * The relationships of `part` by id. Targets may be relative to the part's folder (what Excel writes) or absolute
 * (`/xl/tables/table1.xml`, what openpyxl writes); the type is matched on its last segment so Strict Open XML's
 * `http://purl.oclc.org/ooxml/...` types read like Transitional ones.
 */
export async function readRelationships(pkg: OpenedPackage, part: string): Promise<Map<string, Relationship>> {
  const slash = part.lastIndexOf('/');
  const folder = slash < 0 ? '' : part.slice(0, slash + 1);
  const rels = new Map<string, Relationship>();
  await pkg.readXml(`${folder}_rels/${part.slice(slash + 1)}.rels`, {
    open(name, attributes) {
      if (name !== 'Relationship') return;
      const id = attributes.get('Id') ?? relationshipId(attributes);
      const type = attributes.get('Type') ?? '';
      const target = attributes.get('Target') ?? '';
      if (id === undefined) return;
      const external = attributes.get('TargetMode') === 'External';
      rels.set(id, {
        kind: type.slice(type.lastIndexOf('/') + 1),
        target: external ? null : resolvePart(folder, target),
      });
    },
  });
  return rels;
}

/** `target` resolved against `folder` ("xl/"): "worksheets/sheet1.xml" -> "xl/worksheets/sheet1.xml". */
export function resolvePart(folder: string, target: string): string {
  const path = target.replace(/\\/g, '/');
  const joined = path.startsWith('/') ? path.slice(1) : `${folder}${path}`;
  const parts: string[] = [];
  for (const segment of decodePath(joined).split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
