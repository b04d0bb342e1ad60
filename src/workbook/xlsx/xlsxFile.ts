/**
 * The file side of the .xlsx writer, for the command line: opening a workbook file and saving bytes over a file
 * atomically. A save writes a temporary file in the target's folder, flushes it to disk, then renames it over the
 * target, so a full disk or a crash leaves the old file whole. An output that is the input under another name (a
 * symbolic or hard link) is the input, and an existing file is replaced only when the caller says so.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileNotFound, XlsxReadError } from './XlsxReadError';
import { XlsxWorkbook } from './XlsxWorkbook';
import { XlsxWriteError } from './XlsxWriteError';

/**
 * Opens the workbook file at `path`.
 * @throws XlsxReadError when it does not exist, is a folder or is not an .xlsx workbook
 */
export async function openXlsxFile(path: string): Promise<XlsxWorkbook> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new XlsxReadError('not-xlsx', `${path} is a folder, not an .xlsx workbook.`);
    bytes = await fs.readFile(path);
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw fileNotFound(path);
    throw new XlsxReadError('not-xlsx', `${path} cannot be read: ${(error as Error).message}`);
  }
  return XlsxWorkbook.load(bytes, path);
}

/** True when `a` and `b` are the same file (same device and inode), whatever the names and links. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** How {@link saveXlsxFile} may treat the target. */
export interface SaveOptions {
  /** The target is the input file itself, updated on purpose (--in-place). */
  readonly inPlace: boolean;
  /** Replace an existing target (--force). */
  readonly force: boolean;
}

function failed(path: string, error: unknown): XlsxWriteError {
  const reason = error instanceof Error ? error.message : String(error);
  return new XlsxWriteError('write-failed', `The pack could not be saved to ${path}: ${reason}`);
}

/**
 * Writes `bytes` to `path` atomically (see the module comment). A symbolic link target is followed, so the link
 * stays a link to the updated file.
 * @throws XlsxWriteError 'target-exists' when `path` exists and neither `inPlace` nor `force` is set; 'write-failed'
 * when the file cannot be written (folder missing, disk full, no permission), the target being left as it was
 */
export async function saveXlsxFile(path: string, bytes: Uint8Array, options: SaveOptions): Promise<void> {
  const target = await fs.realpath(path).catch(() => path);
  const existing = await fs.stat(target).catch(() => null);
  if (existing && !options.inPlace && !options.force) {
    throw new XlsxWriteError(
      'target-exists',
      `${path} already exists and was left as it was. To replace it, add --force (or write to another file).`,
    );
  }
  if (existing?.isDirectory()) throw failed(path, new Error('it is a folder'));
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw failed(path, error);
  }
  // The rename itself is made durable by flushing the folder; not every platform can open a folder, hence best effort.
  const folder = await fs.open(dirname(target), 'r').catch(() => null);
  await folder?.sync().catch(() => undefined);
  await folder?.close().catch(() => undefined);
}
