/** Excel's rules for worksheet names, as the fake enforces them. */

/** The reason Excel refuses `name` as a worksheet name, or null when it is valid. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return 'a sheet name cannot be empty';
  if (name.length > 31) return `sheet name "${name}" is longer than 31 characters`;
  if (/[:\\/?*[\]]/.test(name)) return `sheet name "${name}" contains one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `sheet name "${name}" begins or ends with an apostrophe`;
  if (name.toLowerCase() === 'history') return '"History" is reserved by Excel';
  return null;
}
