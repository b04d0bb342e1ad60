import { unpackLineSources } from './lineSources';
import type { AnalysisOutcome, AnalysisProgress, AnalysisRequest, FromWorker, ToWorker } from './protocol';

/** Thrown (as a rejection) when the user cancels; the session shows "cancelled", not an error. */
export class CancelledError extends Error {
  readonly code = 'cancelled';
  constructor() {
    super('The work was cancelled.');
    this.name = 'CancelledError';
  }
}

/** Runs an analysis somewhere (a worker, or inline), reporting progress; the signal cancels it. */
export interface AnalysisRunner {
  run(
    request: AnalysisRequest,
    onProgress: (progress: AnalysisProgress) => void,
    signal: AbortSignal,
  ): Promise<AnalysisOutcome>;
}

/** The part of `Worker` the runner uses, so tests can stand in for it. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ToWorker): void;
  terminate(): void;
}

/**
 * Runs analyses in a Web Worker. One worker is kept while it is useful; cancelling terminates it (the analysis is a
 * single synchronous run, so stopping the thread is the only real cancellation) and the next run starts a new one.
 */
export function workerRunner(createWorker: () => WorkerLike): AnalysisRunner {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  return {
    run(request, onProgress, signal) {
      if (signal.aborted) return Promise.reject(new CancelledError());
      const id = nextId++;
      const current = (worker ??= createWorker());
      return new Promise<AnalysisOutcome>((resolve, reject) => {
        const finish = (): void => {
          current.onmessage = null;
          current.onerror = null;
          signal.removeEventListener('abort', abort);
        };
        const abort = (): void => {
          finish();
          current.terminate();
          if (worker === current) worker = null;
          reject(new CancelledError());
        };
        signal.addEventListener('abort', abort);
        current.onmessage = (event) => {
          const message = event.data;
          if (message.id !== id) return;
          if (message.kind === 'progress') return onProgress(message.progress);
          finish();
          if (message.kind !== 'done') reject(new Error(message.message));
          else if (message.lineSources === undefined) resolve(message.outcome);
          else resolve(unpackLineSources(message.outcome, message.lineSources));
        };
        current.onerror = (event) => {
          finish();
          current.terminate();
          if (worker === current) worker = null;
          reject(new Error(`The analysis stopped unexpectedly (${event.message || 'the worker failed to start'}).`));
        };
        current.postMessage({ id, request });
      });
    },
  };
}

/**
 * Runs analyses on the calling thread, for hosts without Web Workers. The pane stays responsive only between
 * stages; cancelling takes effect at the next stage boundary, and the result of a cancelled run is dropped.
 */
export function inlineRunner(): AnalysisRunner {
  return {
    async run(request, onProgress, signal) {
      // Loaded on first use: the analysis engine is large and normally lives only in the worker's bundle. The
      // await also yields, so the progress bar paints before the synchronous analysis starts.
      const { runAnalysis } = await import(/* webpackChunkName: "analysis-inline" */ './runAnalysis');
      if (signal.aborted) throw new CancelledError();
      const outcome = runAnalysis(request, (progress) => {
        if (signal.aborted) throw new CancelledError();
        onProgress(progress);
      });
      if (signal.aborted) throw new CancelledError();
      return outcome;
    },
  };
}
