import { existsSync } from 'fs';
import { join } from 'path';
import { packageRoot } from './packageRoot';

/**
 * The path of the embedded sample workbook (examples/sample-ops-review.xlsx) of the package this module belongs to,
 * never a copy a build left under dist/. Null when not shipped.
 */
export function sampleWorkbookPath(from: string = __dirname): string | null {
  const root = packageRoot(from);
  const candidate = root === null ? null : join(root, 'examples', 'sample-ops-review.xlsx');
  return candidate !== null && existsSync(candidate) ? candidate : null;
}
