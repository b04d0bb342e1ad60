/**
 * Splits queued writes into requests Excel on the web accepts. Excel on the web refuses a request above 5 MB, so
 * each write carries an estimate of its request bytes (the JSON of what it sends) and writes are grouped greedily
 * into chunks under {@link CHUNK_BUDGET_BYTES}, one `context.sync()` per chunk, screen updating suspended for each.
 */
import type { ExcelContext } from './ExcelApi';
import { utf8Length } from './utf8Length';

/** Below the 5 MB limit with room for Office.js's own framing, which the estimate does not see. */
export const CHUNK_BUDGET_BYTES = 4_000_000;

/** Framing of one action in the request (object path, action type, ids): a generous flat estimate. */
export const ACTION_OVERHEAD_BYTES = 200;

/** One unit of writing, never split across syncs. */
export interface QueuedWrite {
  /** Estimated request bytes of what `queue` sends. */
  readonly bytes: number;
  /** Queues the calls on the context (no sync). */
  readonly queue: (context: ExcelContext) => void;
}

/** The request size of a value sent to Excel: its JSON in UTF-8, plus the action framing. */
export function estimateBytes(payload: unknown, actions = 1): number {
  return utf8Length(JSON.stringify(payload)) + actions * ACTION_OVERHEAD_BYTES;
}

/** Greedy grouping in order (order matters: a sheet is added before it is written). */
function chunkWrites(writes: readonly QueuedWrite[], budget = CHUNK_BUDGET_BYTES): QueuedWrite[][] {
  const chunks: QueuedWrite[][] = [];
  let current: QueuedWrite[] = [];
  let size = 0;
  for (const write of writes) {
    if (current.length > 0 && size + write.bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(write);
    size += write.bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Sends the writes, one sync per chunk; returns the estimated bytes of each chunk. */
export async function sendInChunks(context: ExcelContext, writes: readonly QueuedWrite[]): Promise<number[]> {
  const chunks = chunkWrites(writes);
  const sizes: number[] = [];
  for (const chunk of chunks) {
    // Suspension lasts until the next sync only, so each chunk asks for it once.
    context.application.suspendScreenUpdatingUntilNextSync();
    for (const write of chunk) write.queue(context);
    sizes.push(chunk.reduce((sum, w) => sum + w.bytes, 0));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 5 MB chunk is the point: Excel on the web refuses larger requests
    await context.sync();
  }
  return sizes;
}
