/** Lists this long or longer are written item by item; shorter values are stringified whole. */
const LONG = 64;

/**
 * The text of `JSON.stringify(value, null, 2)` in pieces, for documents too large to be one string: a review of
 * 200,000 lines is about 700 MB of JSON, past the longest string V8 can make (about 512 MB). Long lists, and the
 * objects holding them, are written an item at a time; everything else is stringified whole.
 */
export function* jsonPieces(value: unknown, indent = ''): Generator<string> {
  if (!holdsLongList(value)) {
    const text = JSON.stringify(value, null, 2) ?? 'null';
    yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    yield '[\n';
    for (let i = 0; i < value.length; i += 1) {
      yield inner;
      // As JSON.stringify does, an item with no JSON form (undefined, a function) is written as null.
      yield* jsonPieces(value[i] === undefined || typeof value[i] === 'function' ? null : value[i], inner);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== 'function',
  );
  yield '{\n';
  for (let i = 0; i < entries.length; i += 1) {
    yield `${inner}${JSON.stringify(entries[i][0])}: `;
    yield* jsonPieces(entries[i][1], inner);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/** Whether `value` is, or is a plain object directly holding, a list long enough to write in pieces. */
function holdsLongList(value: unknown, depth = 0): boolean {
  if (Array.isArray(value)) return value.length >= LONG;
  if (typeof value !== 'object' || value === null || depth > 1 || 'toJSON' in value) return false;
  return Object.values(value).some((v) => holdsLongList(v, depth + 1));
}

/** Writes `value` as `JSON.stringify(value, null, 2)` and a newline through `write`, in pieces of about a megabyte. */
export function writeJson(value: unknown, write: (text: string) => void): void {
  let buffer = '';
  for (const piece of jsonPieces(value)) {
    buffer += piece;
    if (buffer.length >= 1 << 20) {
      write(buffer);
      buffer = '';
    }
  }
  write(`${buffer}\n`);
}
