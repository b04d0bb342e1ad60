/**
 * The analysis worker: reads and analyses grids off the pane's UI thread so the pane never freezes, posting
 * progress as it goes. Cancellation is the pane terminating this worker (the analysis is one synchronous run).
 */
import type { FromWorker, ToWorker } from './protocol';
import { runAnalysis } from './runAnalysis';

/** The worker global, typed narrowly: the project compiles with the DOM library, not WebWorker. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, request } = event.data;
  try {
    const outcome = runAnalysis(request, (progress) => scope.postMessage({ id, kind: 'progress', progress }));
    scope.postMessage({ id, kind: 'done', outcome });
  } catch (error) {
    scope.postMessage({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
