/** `Worksheet.protection` of the fake: protect without a password, unprotect, and the `protected` flag. */
import type { ExcelWorksheetProtection, LoadSpec } from '../office/ExcelApi';
import type { SheetState } from './BookState';
import { FakeClientObject, type PropertyReaders } from './FakeClientObject';
import { accessDenied, itemNotFound } from './FakeExcelError';
import type { FakeSession } from './FakeSession';

/** The protection of one sheet; Excel refuses to protect a protected sheet or (since 2026) unprotect an open one. */
export class FakeWorksheetProtection
  extends FakeClientObject<{ protected: boolean }>
  implements ExcelWorksheetProtection
{
  constructor(
    session: FakeSession,
    path: string,
    private readonly find: () => SheetState | null,
  ) {
    super(session, path);
  }

  private sheet(): SheetState {
    const sheet = this.find();
    if (!sheet) throw itemNotFound();
    return sheet;
  }

  protected exists(): boolean {
    return this.find() !== null;
  }

  protected readers(): PropertyReaders<{ protected: boolean }> {
    return { protected: () => this.sheet().protection !== null };
  }

  get protected(): boolean {
    return this.read('protected');
  }

  load(propertyNames?: LoadSpec): this {
    this.loadPaths(propertyNames);
    return this;
  }

  protect(options: Excel.WorksheetProtectionOptions = {}): void {
    this.call('protect', [options], () => {
      const sheet = this.sheet();
      if (sheet.protection !== null) throw accessDenied(`"${sheet.name}" is already protected`);
      sheet.protection = { ...options };
    });
  }

  unprotect(): void {
    this.call('unprotect', [], () => {
      const sheet = this.sheet();
      // office-js#6784: current Excel answers AccessDenied here rather than doing nothing.
      if (sheet.protection === null) throw accessDenied(`"${sheet.name}" is not protected`);
      sheet.protection = null;
    });
  }
}
