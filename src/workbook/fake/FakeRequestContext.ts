/** `Excel.RequestContext` of the fake: the workbook, the application and `sync()`. */
import type { ExcelApplication, ExcelContext, ExcelWorkbook } from '../office/ExcelApi';
import { FakeTableCollection, FakeWorksheetCollection } from './FakeCollections';
import { FakeNamedItemCollection } from './FakeNames';
import type { FakeSession } from './FakeSession';

class FakeWorkbook implements ExcelWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  constructor(session: FakeSession) {
    this.worksheets = new FakeWorksheetCollection(session, 'worksheets');
    this.tables = new FakeTableCollection(session, 'tables');
    this.names = new FakeNamedItemCollection(session, 'names');
  }
}

class FakeApplication implements ExcelApplication {
  constructor(private readonly session: FakeSession) {}
  suspendScreenUpdatingUntilNextSync(): void {
    this.session.enqueue({
      wire: { path: 'application', call: 'suspendScreenUpdatingUntilNextSync', args: [] },
      apply: () => {
        this.session.screenUpdatingSuspensions += 1;
      },
    });
  }
}

/** The context a fake `run` hands to its batch. */
export class FakeRequestContext implements ExcelContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(private readonly session: FakeSession) {
    this.workbook = new FakeWorkbook(session);
    this.application = new FakeApplication(session);
  }
  sync(): Promise<void> {
    return this.session.sync();
  }
}
