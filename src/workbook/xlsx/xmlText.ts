/** Escaping for the XML parts this writer generates itself (charts, drawings, relationships). */
import { cleanText } from '../../engine';

/**
 * `text` safe inside an XML element or a double-quoted attribute. Characters XML cannot carry at all (control
 * characters in an account name used as a chart title) are dropped, since one of them makes the file unreadable.
 */
export function xmlEscape(text: string): string {
  return cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A sheet name as a formula reference prefix: 'OR Summary'! (quotes doubled inside, as Excel writes them). */
export function sheetRef(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}
