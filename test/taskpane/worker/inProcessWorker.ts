import { deserialize, serialize } from 'v8';
import type { WorkerLike } from '../../../src/taskpane/worker/AnalysisRunner';
import { answerRequest } from '../../../src/taskpane/worker/answerRequest';
import type { FromWorker, ToWorker } from '../../../src/taskpane/worker/protocol';

/**
 * The pane's analysis worker on the test's own thread: each request is answered by the worker's `answerRequest`, and
 * every message crosses as a structured clone, as between the pane and its Web Worker.
 */
/** Node's structured clone (the one `postMessage` uses), which the pane tests' jsdom lacks as a global. */
function copy<T>(value: T): T {
  return deserialize(serialize(value)) as T;
}

export function inProcessWorker(): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message: ToWorker) {
      const request = copy(message);
      setTimeout(() =>
        answerRequest(request, (reply) => worker.onmessage?.({ data: copy(reply) } as MessageEvent<FromWorker>)),
      );
    },
    terminate: () => undefined,
  };
  return worker;
}
