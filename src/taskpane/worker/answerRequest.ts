import { packLineSources } from './lineSources';
import type { FromWorker, ToWorker } from './protocol';
import { runAnalysis } from './runAnalysis';

/**
 * The analysis worker's answer to one request, posted through `post`: progress as it goes, then the outcome with its
 * lines' source cells packed for the copy (`lineSources`), or the failure's message.
 */
export function answerRequest(message: ToWorker, post: (reply: FromWorker) => void): void {
  const { id, request } = message;
  try {
    const outcome = runAnalysis(request, (progress) => post({ id, kind: 'progress', progress }));
    post({ id, kind: 'done', ...(packLineSources(outcome) ?? { outcome }) });
  } catch (error) {
    post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
