import { inlineRunner, workerRunner, type AnalysisRunner, type WorkerLike } from '../worker/AnalysisRunner';

/** Where webpack emits the analysis worker, next to taskpane.html (see the `analysis-worker` entry). */
export const WORKER_URL = 'analysis-worker.js';

/**
 * The analysis runner for this browser: a Web Worker so the pane never freezes, or the same code inline where
 * workers are unavailable (very old Office webviews).
 */
export function createRunner(): AnalysisRunner {
  if (typeof Worker === 'undefined') return inlineRunner();
  return workerRunner(() => new Worker(WORKER_URL) as unknown as WorkerLike);
}
