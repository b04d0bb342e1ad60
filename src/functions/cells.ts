import { type CellValue, parseNumber } from '../engine';
import { fail } from './FunctionFailure';

/**
 * A cell as Excel's custom-functions runtime passes it to an `any` parameter: a number, a string ("" for an empty
 * cell), a boolean, null (an omitted argument or empty cell), or an error object with a `code` such as "#N/A".
 */
export type RuntimeCell = unknown;

/** Largest range a function reads: Excel's own limit on one column is 1,048,576 rows. */
const MAX_CELLS = 1_048_576;

/** A runtime cell in the engine's grid vocabulary, so the engine's readers apply to formula arguments too. */
export function toCellValue(cell: RuntimeCell): CellValue {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'number' || typeof cell === 'string' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'object' && 'code' in cell && typeof cell.code === 'string') return { error: cell.code };
  // The metadata allows data types for "any" parameters (custom-functions-metadata sets
  // allowCustomDataForDataTypeAny), so a formatted number or an entity may arrive as an Excel.CellValue object:
  // its basic value is what a formula reads; an error's basic value is its code ("#N/A").
  if (typeof cell === 'object' && 'type' in cell && 'basicValue' in cell) {
    const basic = cell.basicValue;
    if (cell.type === 'Error' && typeof basic === 'string') return { error: basic };
    if (typeof basic === 'number' || typeof basic === 'string' || typeof basic === 'boolean') return basic;
  }
  return { error: '#VALUE!' };
}

/** An omitted optional argument: Excel passes null (older hosts undefined), or an empty cell's "" as a 1x1 range. */
export function isOmitted(arg: unknown): boolean {
  if (arg === null || arg === undefined || arg === '') return true;
  return Array.isArray(arg) && arg.length === 1 && Array.isArray(arg[0]) && arg[0].length === 1 && isOmitted(arg[0][0]);
}

/** Rows of cells from a range argument, or a single value as a 1x1 range. */
export function asRows(arg: unknown, fn: string, name: string): RuntimeCell[][] {
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length === 0 || !arg.every((row) => Array.isArray(row) && row.length > 0)) {
    fail('#VALUE!', `${fn}: ${name} must be a range of cells.`);
  }
  const rows = arg as RuntimeCell[][];
  const width = rows[0].length;
  if (rows.some((row) => row.length !== width)) fail('#VALUE!', `${fn}: ${name} must be a rectangular range.`);
  if (rows.length * width > MAX_CELLS) fail('#NUM!', `${fn}: ${name} has more than ${MAX_CELLS} cells.`);
  return rows;
}

/** The cells of a one-row or one-column range in reading order, and which way it runs. */
export interface Vector {
  readonly cells: RuntimeCell[];
  /** True for a single row of two or more cells: results then spill across too. */
  readonly horizontal: boolean;
}

export function asVector(arg: unknown, fn: string, name: string): Vector {
  const rows = asRows(arg, fn, name);
  if (rows.length === 1) return { cells: rows[0], horizontal: rows[0].length > 1 };
  if (rows[0].length === 1) return { cells: rows.map((row) => row[0]), horizontal: false };
  fail(
    '#VALUE!',
    `${fn}: ${name} must be one row or one column, not ${rows.length} rows by ${rows[0].length} columns.`,
  );
}

/**
 * A cell read as the engine reads an amount (numbers stored as text, "(1,200)", "12%"...): the number, null for a
 * blank, or 'invalid' for text, booleans and error values.
 */
export function amountOf(cell: RuntimeCell): number | null | 'invalid' {
  const parsed = parseNumber(toCellValue(cell));
  if (parsed.kind === 'number') return parsed.value;
  return parsed.kind === 'blank' ? null : 'invalid';
}

/** The one value of a scalar argument, accepting a 1x1 range (a reference to one cell). */
export function scalarOf(arg: unknown, fn: string, name: string): RuntimeCell {
  if (!Array.isArray(arg)) return arg;
  const rows = asRows(arg, fn, name);
  if (rows.length !== 1 || rows[0].length !== 1) fail('#VALUE!', `${fn}: ${name} must be a single value.`);
  return rows[0][0];
}

export interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  /** Below or at `min` is rejected when true. */
  readonly exclusiveMin?: boolean;
  readonly exclusiveMax?: boolean;
  readonly integer?: boolean;
}

/** A required number argument, checked against its range: text that is not a number is #VALUE!, out of range #NUM!. */
export function numberArg(arg: unknown, fn: string, name: string, rule: NumberRule = {}): number {
  const cell = scalarOf(arg, fn, name);
  const value = amountOf(cell);
  if (value === null) fail('#VALUE!', `${fn}: ${name} is required.`);
  if (value === 'invalid') fail('#VALUE!', `${fn}: ${name} must be a number, got ${describe(cell)}.`);
  const { min, max, exclusiveMin, exclusiveMax, integer } = rule;
  const tooLow = min !== undefined && (exclusiveMin ? value <= min : value < min);
  const tooHigh = max !== undefined && (exclusiveMax ? value >= max : value > max);
  if ((integer && !Number.isInteger(value)) || tooLow || tooHigh) {
    fail('#NUM!', `${fn}: ${name} must be ${ruleText(rule)}, got ${value}.`);
  }
  return value;
}

/** An optional number argument: its default when omitted, else checked as {@link numberArg}. */
export function optionalNumber(
  arg: unknown,
  fn: string,
  name: string,
  fallback: number,
  rule: NumberRule = {},
): number {
  return isOmitted(arg) ? fallback : numberArg(arg, fn, name, rule);
}

/** A text argument matched case-insensitively against its allowed words. */
export function choiceArg<T extends string>(arg: unknown, fn: string, name: string, allowed: readonly T[]): T {
  const cell = scalarOf(arg, fn, name);
  const text = typeof cell === 'string' ? cell.trim().toLowerCase() : '';
  const found = allowed.find((word) => word === text);
  if (found === undefined) {
    fail('#VALUE!', `${fn}: ${name} must be one of ${allowed.map((w) => `"${w}"`).join(', ')}, got ${describe(cell)}.`);
  }
  return found;
}

function ruleText(rule: NumberRule): string {
  const parts: string[] = [];
  if (rule.integer) parts.push('a whole number');
  if (rule.min !== undefined) parts.push(`${rule.exclusiveMin ? 'above' : 'at least'} ${rule.min}`);
  if (rule.max !== undefined) parts.push(`${rule.exclusiveMax ? 'below' : 'at most'} ${rule.max}`);
  return parts.join(', ') || 'a number';
}

/** A cell as a user would recognise it in a message. */
export function describe(cell: RuntimeCell): string {
  const value = toCellValue(cell);
  if (value === null) return 'an empty cell';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return value.error;
  return typeof value === 'boolean' ? String(value).toUpperCase() : String(value);
}
