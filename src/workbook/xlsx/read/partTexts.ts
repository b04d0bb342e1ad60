/**
 * The text of a few small parts of a package, by their exact names: what the census of an opened workbook reads
 * (the sheet list, its relationships, the content types) without loading a zip library. The reader has already read
 * the package whole, within its budget, so these parts are known to be small and sound.
 */
import { ChunkDecoder } from './ChunkDecoder';
import { inflateEntry } from './inflateEntry';
import { entryData, normalName, zipDirectory } from './zipDirectory';

/**
 * Each part of `names` the package holds under that exact name (as a zip library looks it up), as text; a missing
 * part is missing from the map.
 * @throws ReadRefusal or Error('corrupt') when the package is damaged (the reader refuses such bytes first)
 */
export async function partTexts(bytes: Uint8Array, names: readonly string[]): Promise<Map<string, string>> {
  const entries = zipDirectory(bytes);
  const texts = new Map<string, string>();
  for (const name of names) {
    const entry = entries.get(normalName(name));
    if (entry === undefined || entry.name !== name) continue;
    const data = entryData(bytes, entry);
    const decoder = new ChunkDecoder();
    let text = '';
    if (entry.method === 0) text = decoder.decode(data);
    else await inflateEntry(data, (piece) => (text += decoder.decode(piece)));
    texts.set(name, text + decoder.end());
  }
  return texts;
}
