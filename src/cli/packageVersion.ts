import { readFileSync } from 'fs';
import { join } from 'path';
import { packageRoot } from './packageRoot';

/** The version in the package's package.json, read at run time (not bundled) so it is always the installed one. */
export function packageVersion(from: string = __dirname): string {
  const root = packageRoot(from);
  if (root === null) return 'unknown';
  try {
    const manifest: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const version = (manifest as { version?: unknown }).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
