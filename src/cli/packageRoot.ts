import { existsSync } from 'fs';
import { dirname, join } from 'path';

/**
 * The folder of the package this module belongs to: the nearest folder above it holding package.json, so it resolves
 * the same from the sources (src/cli) and from the compiled command (dist/node/cli). Null when there is none.
 */
export function packageRoot(from: string = __dirname): string | null {
  let dir = from;
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}
