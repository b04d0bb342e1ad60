import { existsSync } from 'fs';
import { dirname, join } from 'path';

/**
 * The path of the embedded sample workbook (examples/sample-ops-review.xlsx) of the package this module belongs to:
 * the nearest folder above it holding package.json, so it resolves the same from the sources (src/cli) and from the
 * compiled command (dist/node/cli), and never picks a copy a build left under dist/. Null when not shipped.
 */
export function sampleWorkbookPath(from: string = __dirname): string | null {
  let dir = from;
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json'))) {
      const candidate = join(dir, 'examples', 'sample-ops-review.xlsx');
      return existsSync(candidate) ? candidate : null;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}
