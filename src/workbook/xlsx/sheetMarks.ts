/**
 * The pack sheets' marks in an .xlsx file: the workbook-scoped defined names of `packMarks.ts`, read and written
 * through ExcelJS's defined names. Chosen over a marker cell because Excel itself keeps a defined name bound to its
 * sheet (a rename rewrites it, a deletion turns it to `#REF!`) and because the Office.js writer uses the very same
 * names, so a pack made by `ops-review` is refreshed in place by the add-in and the other way round. ExcelJS's own
 * worksheet id would not do: it is the file's sheet number, which a sheet created after a deletion can reuse.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { PackSheetKey } from '../../engine/pack/Pack';
import { PACK_SHEET_KEYS } from '../../engine/pack/Pack';
import { packMarkName, packMarkReference, packMarkTarget } from '../../engine/pack/packMarks';
import type { RegisteredSheet } from '../../engine/pack/runLogSheet';

const MARK_NAMES = new Set(PACK_SHEET_KEYS.map(packMarkName));

/**
 * The sheet each key's mark refers to, for marks that refer to exactly one cell of a sheet in the workbook. ExcelJS
 * merges a sheet-scoped name into the workbook-scoped one of the same name (Excel makes such copies when a user
 * copies a pack sheet), so a mark with more than one reference is ambiguous and marks nothing.
 */
export function readSheetMarks(workbook: ExcelJS.Workbook): Map<PackSheetKey, string> {
  const sheets = workbook.worksheets.map((s) => s.name);
  const names = workbook.definedNames.model;
  const marked = new Map<PackSheetKey, string>();
  for (const key of PACK_SHEET_KEYS) {
    const references = names.find((n) => n.name === packMarkName(key))?.ranges ?? [];
    const target = references.length === 1 && references[0] !== undefined ? packMarkTarget(references[0]) : null;
    const sheet = target === null ? undefined : sheets.find((n) => n.toUpperCase() === target.toUpperCase());
    if (sheet !== undefined) marked.set(key, sheet);
  }
  return marked;
}

/**
 * Replaces every pack mark with one per sheet of `register` (the sheets written or kept), so broken marks of deleted
 * sheets are dropped rather than saved. Users' own defined names are kept as ExcelJS read them.
 */
export function writeSheetMarks(workbook: ExcelJS.Workbook, register: readonly RegisteredSheet[]): void {
  const others = workbook.definedNames.model.filter((n) => !MARK_NAMES.has(n.name));
  workbook.definedNames.model = [
    ...others,
    ...register.map((r) => ({ name: packMarkName(r.key), ranges: [packMarkReference(r.name)] })),
  ];
}

/**
 * `bytes` with the pack marks hidden from Name Manager, as the Office.js writer leaves them: ExcelJS writes every
 * defined name visible (it drops the `hidden` attribute), and a visible mark is one a user may delete or retarget.
 */
export async function hideSheetMarks(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('xl/workbook.xml');
  if (!part) return bytes;
  const xml = await part.async('string');
  const hidden = xml.replace(/<definedName name="(_OpsReview_[a-z]+)"(?![^>]*\shidden=)/g, (tag, name: string) =>
    MARK_NAMES.has(name) ? `${tag} hidden="1"` : tag,
  );
  if (hidden === xml) return bytes;
  zip.file('xl/workbook.xml', hidden);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
