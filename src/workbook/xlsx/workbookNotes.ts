/**
 * What the user must be told about a workbook the pack was written into: a digital signature no longer matches the
 * edited content (Excel shows it as invalid), and a protected structure has had sheets added anyway.
 */
import JSZip from 'jszip';

const SIGNATURE_ORIGIN = '/digital-signature/origin';

/** Sentences for the user, and whether the workbook carries a digital signature. */
export async function workbookNotes(bytes: Uint8Array): Promise<{ signed: boolean; messages: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const rootRels = (await zip.file('_rels/.rels')?.async('string')) ?? '';
  const signed =
    rootRels.includes(SIGNATURE_ORIGIN) || Object.keys(zip.files).some((f) => f.startsWith('_xmlsignatures/'));
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const messages: string[] = [];
  if (signed) {
    messages.push(
      'The workbook was digitally signed: adding the pack changed it, so its signature is no longer valid (Excel will say so). Sign it again once the pack is reviewed.',
    );
  }
  if (/<workbookProtection\b[^>]*\blockStructure="(1|true)"/.test(workbook)) {
    messages.push(
      "The workbook's structure is protected: the pack's sheets were added and the protection was kept as it was.",
    );
  }
  return { signed, messages };
}
