/**
 * The request queue of one `run`: proxies queue operations here, and `sync()` sends them to the "host" (the
 * {@link BookState}) in one request, counting its bytes the way Office.js serialises a batch (JSON of each action, in UTF-8).
 */
import { utf8Length } from '../office/utf8Length';
import type { BookState } from './BookState';
import { FakeExcelError, payloadTooLarge, responseTooLarge } from './FakeExcelError';

/** Excel on the web's request (and response) limit. 5 MB read as 5,000,000 bytes, the stricter reading. */
export const REQUEST_LIMIT_BYTES = 5_000_000;

/** One queued action: what it sends (for the byte count) and what it does on the host. */
export interface QueuedOperation {
  /** The action as Office.js would serialise it: object path, member, arguments. */
  readonly wire: unknown;
  /** Runs on the host; returns the data sent back (for the response byte count), if any. */
  readonly apply: () => unknown;
}

/** What one `sync()` carried. */
export interface SyncRecord {
  readonly operations: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
}

/** Something that learns at `sync()` whether it exists on the host (`isNullObject`). */
export interface Settleable {
  settle(): void;
}

/** The queue and sync of one `run`. */
export class FakeSession {
  private queue: QueuedOperation[] = [];
  private pendingSettle: Settleable[] = [];
  private closed = false;
  screenUpdatingSuspensions = 0;

  constructor(
    readonly book: BookState,
    private readonly record: (sync: SyncRecord) => void,
  ) {}

  private applying = false;

  enqueue(operation: QueuedOperation): void {
    this.assertOpen();
    this.queue.push(operation);
  }

  /**
   * Records that a method created a proxy (Office.js sends one action per `getRange`, `getItem`...), so the
   * request carries its bytes. Proxies the host creates while answering (collection items) are not announced.
   */
  announce(path: string): void {
    if (!this.applying) this.enqueue({ wire: { path, create: true }, apply: () => undefined });
  }

  /** Registers a proxy whose existence is resolved at the next sync. */
  track(proxy: Settleable): void {
    this.pendingSettle.push(proxy);
  }

  async sync(): Promise<void> {
    this.assertOpen();
    const batch = this.queue;
    const settle = this.pendingSettle;
    this.queue = [];
    this.pendingSettle = [];
    // Office.js makes no round trip for a sync with nothing queued.
    if (batch.length === 0) {
      for (const proxy of settle) proxy.settle();
      return;
    }
    const requestBytes = batch.reduce((sum, op) => sum + utf8Length(JSON.stringify(op.wire)) + 2, 0);
    // A real host answers asynchronously; yielding keeps callers honest about awaiting.
    await Promise.resolve();
    if (requestBytes > REQUEST_LIMIT_BYTES) {
      this.record({ operations: batch.length, requestBytes, responseBytes: 0 });
      throw payloadTooLarge();
    }
    let responseBytes = 0;
    this.applying = true;
    try {
      for (const op of batch) {
        const reply = op.apply();
        if (reply !== undefined) responseBytes += utf8Length(JSON.stringify(reply));
      }
    } finally {
      this.applying = false;
      // Excel does not roll back the actions that ran before a failing one; neither does the fake.
      this.record({ operations: batch.length, requestBytes, responseBytes });
    }
    // The host has run the request (writes stay done) but cannot send the loaded data back.
    if (responseBytes > REQUEST_LIMIT_BYTES) throw responseTooLarge();
    // Proxies the host created while answering (collection items) are resolved by this same sync.
    const answered = this.pendingSettle;
    this.pendingSettle = [];
    for (const proxy of [...settle, ...answered]) proxy.settle();
  }

  /** Called when the `run` batch returns: proxies of a finished run are no longer valid, as in Excel. */
  close(): void {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) {
      throw new FakeExcelError(
        'InvalidObjectPath',
        'The object path is not valid: the object was used outside the Excel.run batch that created it.',
      );
    }
  }
}
