/**
 * The analysis worker: reads and analyses grids off the pane's UI thread so the pane never freezes, posting
 * progress as it goes. Cancellation is the pane terminating this worker (the analysis is one synchronous run).
 */
import { answerRequest } from './answerRequest';
import type { FromWorker, ToWorker } from './protocol';

/** The worker global, typed narrowly: the project compiles with the DOM library, not WebWorker. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => answerRequest(event.data, (reply) => scope.postMessage(reply));
