import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { readXlsxGrids } from '../../../src/workbook/xlsx/readXlsx';
import { XlsxReadError } from '../../../src/workbook/xlsx/XlsxReadError';

/**
 * The 180 real-world files of `../shared/data/xlsx-corpus/` (see its README): every one is read, or refused in one
 * sentence that names the reason. Never an internal error, never a hang (the reading budget's time limit is cut to
 * 20 s a file here), and a password-protected file is always called that.
 */
const ROOT = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'xlsx-corpus');
const FILES = existsSync(ROOT)
  ? readdirSync(ROOT, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(ROOT, d.name)).map((f) => join(d.name, f)))
  : [];
const LIMITS = { maxTotalBytes: 1024 * 1024 * 1024, maxRatio: 200, ratioFrom: 16 * 1024 * 1024, maxMillis: 20_000 };
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** "EncryptionInfo" as a Compound File directory stores stream names (UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

if (FILES.length === 0) {
  it.skip(`the xlsx corpus is not at ${ROOT}`, () => undefined);
} else {
  describe('the xlsx corpus', () => {
    it.each(FILES)(
      '%s is read or refused in one sentence',
      async (file) => {
        const bytes = readFileSync(join(ROOT, file));
        const encrypted = bytes.subarray(0, 8).equals(CFB) && bytes.includes(ENCRYPTION_INFO);
        let outcome: unknown;
        try {
          outcome = await readXlsxGrids(bytes, LIMITS);
        } catch (error) {
          outcome = error;
        }
        if (outcome instanceof XlsxReadError) {
          // The sentence names the file, gives the reason, and carries no reader fault passed through.
          expect(outcome.message).toMatch(/^The file (is|could not)/);
          expect(outcome.message).not.toContain('detail:');
          expect(outcome.message.split(/\.\s/).length).toBeLessThanOrEqual(2);
          if (encrypted) expect(outcome.code).toBe('encrypted');
        } else {
          expect(outcome).toBeInstanceOf(Array);
          expect(encrypted).toBe(false);
        }
      },
      30_000,
    );
  });
}
