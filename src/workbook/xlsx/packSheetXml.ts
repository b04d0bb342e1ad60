/**
 * Turns a worksheet part the scratch renderer (ExcelJS) wrote into one that can live in the user's package: text as
 * inline strings (the user's shared-strings part is never touched), style indices mapped to the records appended to
 * the user's `styles.xml`, no selected-tab flag (it would group the pack with the user's active sheet), and, for a
 * pack sheet, protection without a password so only its entry columns take typing.
 */
import type { AppendedStyles } from './appendStyles';

/** Where `<sheetProtection>` goes: right after the cell data (CT_Worksheet order: sheetData, sheetCalcPr, ...). */
function insertProtection(xml: string): string {
  const protection =
    '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" autoFilter="0"/>';
  const calc = /<sheetCalcPr\b[^>]*\/>/.exec(xml);
  if (calc) return xml.replace(calc[0], `${calc[0]}${protection}`);
  if (xml.includes('</sheetData>')) return xml.replace('</sheetData>', `</sheetData>${protection}`);
  return xml.replace(/<sheetData\s*\/>/, (empty) => `${empty}${protection}`);
}

/** Options of {@link packSheetXml}. */
export interface PackSheetXmlOptions {
  /** Protect the sheet (no password), so only unlocked cells take typing. */
  readonly protect: boolean;
}

/** `xml` ready for the user's package; see the module comment. */
export function packSheetXml(
  xml: string,
  strings: readonly string[],
  styles: AppendedStyles,
  options: PackSheetXmlOptions,
): string {
  const xf = (n: string): number => styles.xf[Number(n)] ?? 0;
  let out = xml
    // A shared-string cell of the scratch, <c r="A1" s="2" t="s"><v>7</v></c>, holding its text inline instead.
    .replace(
      /<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
      (_, a: string, b: string, n: string) =>
        `<c${a} t="inlineStr"${b}><is>${strings[Number(n)] ?? '<t></t>'}</is></c>`,
    )
    .replace(/<c\b[^>]*>/g, (tag) =>
      tag.replace(/(\ss=")(\d+)(")/, (_, h: string, n: string, t: string) => `${h}${xf(n)}${t}`),
    )
    .replace(/<row\b[^>]*>/g, (tag) =>
      tag.replace(/(\ss=")(\d+)(")/, (_, h: string, n: string, t: string) => `${h}${xf(n)}${t}`),
    )
    .replace(/<col\b[^>]*>/g, (tag) =>
      tag.replace(/(\sstyle=")(\d+)(")/, (_, h: string, n: string, t: string) => `${h}${xf(n)}${t}`),
    )
    .replace(
      /(<cfRule\b[^>]*\sdxfId=")(\d+)(")/g,
      (_, h: string, n: string, t: string) => `${h}${styles.dxf[Number(n)] ?? 0}${t}`,
    )
    .replace(/\stabSelected="1"/g, '');
  if (options.protect) out = insertProtection(out);
  return out;
}
