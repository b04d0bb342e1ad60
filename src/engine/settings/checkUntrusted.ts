/**
 * Screens a value read from a workbook before any schema sees it: keys that could pollute prototypes, nesting and
 * sizes no real settings reach. Returns the reason in words, or null when the value is safe to validate.
 */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deepest nesting accepted. */
export const MAX_DEPTH = 20;
/** Longest text accepted in any field. */
export const MAX_STRING = 10_000;
/** Most values (objects, arrays, leaves) accepted in one document. */
export const MAX_NODES = 50_000;

/** Null when `value` is safe to validate, otherwise why it is not. */
export function checkUntrusted(value: unknown): string | null {
  let nodes = 0;
  const visit = (node: unknown, depth: number): string | null => {
    nodes += 1;
    if (nodes > MAX_NODES) return 'they hold far more entries than settings do';
    if (depth > MAX_DEPTH) return 'they are nested deeper than settings are';
    if (typeof node === 'string') return node.length > MAX_STRING ? 'they contain a text far too long' : null;
    if (typeof node !== 'object' || node === null) return null;
    if (Array.isArray(node)) {
      for (const item of node) {
        const problem = visit(item, depth + 1);
        if (problem !== null) return problem;
      }
      return null;
    }
    // Own keys, including one literally named "__proto__" that JSON.parse creates as an own property.
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return `they contain the forbidden key "${key}"`;
      const problem = visit((node as Record<string, unknown>)[key], depth + 1);
      if (problem !== null) return problem;
    }
    return null;
  };
  return visit(value, 0);
}
