import { defaultSettings } from '../../../src/engine/settings/Settings';
import { CancelledError, workerRunner, type WorkerLike } from '../../../src/taskpane/worker/AnalysisRunner';
import type { AnalysisOutcome, AnalysisRequest, FromWorker, ToWorker } from '../../../src/taskpane/worker/protocol';

/** A worker stand-in that records what it is sent and lets the test answer. */
class ScriptedWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: ToWorker[] = [];
  terminated = false;
  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
}

const request: AnalysisRequest = { grids: [], settings: defaultSettings(), request: { period: null } };
const outcome = { result: { period: '2026-06' } } as unknown as AnalysisOutcome;

function setup() {
  const workers: ScriptedWorker[] = [];
  const runner = workerRunner(() => {
    const worker = new ScriptedWorker();
    workers.push(worker);
    return worker;
  });
  return { runner, workers };
}

describe('workerRunner', () => {
  it('posts the request, forwards progress and resolves with the outcome', async () => {
    const { runner, workers } = setup();
    const progress = jest.fn();
    const done = runner.run(request, progress, new AbortController().signal);
    const [worker] = workers;
    const id = worker.sent[0].id;
    worker.answer({ id, kind: 'progress', progress: { label: 'Reading 7 ranges', fraction: 0.05 } });
    worker.answer({ id: id + 99, kind: 'done', outcome: {} as AnalysisOutcome }); // another run's answer: ignored
    worker.answer({ id, kind: 'done', outcome });
    await expect(done).resolves.toBe(outcome);
    expect(progress).toHaveBeenCalledWith({ label: 'Reading 7 ranges', fraction: 0.05 });
  });

  it('reuses the worker for the next run', async () => {
    const { runner, workers } = setup();
    const first = runner.run(request, jest.fn(), new AbortController().signal);
    workers[0].answer({ id: workers[0].sent[0].id, kind: 'done', outcome });
    await first;
    const second = runner.run(request, jest.fn(), new AbortController().signal);
    workers[0].answer({ id: workers[0].sent[1].id, kind: 'failed', message: 'analysis bug' });
    await expect(second).rejects.toThrow('analysis bug');
    expect(workers).toHaveLength(1);
  });

  it('cancels by terminating the worker, and starts a fresh one afterwards', async () => {
    const { runner, workers } = setup();
    const controller = new AbortController();
    const done = runner.run(request, jest.fn(), controller.signal);
    controller.abort();
    await expect(done).rejects.toBeInstanceOf(CancelledError);
    expect(workers[0].terminated).toBe(true);
    void runner.run(request, jest.fn(), new AbortController().signal);
    expect(workers).toHaveLength(2);
  });

  it('rejects in words when the worker itself fails', async () => {
    const { runner, workers } = setup();
    const done = runner.run(request, jest.fn(), new AbortController().signal);
    workers[0].onerror?.({ message: 'SyntaxError in analysis-worker.js' } as ErrorEvent);
    await expect(done).rejects.toThrow('The analysis stopped unexpectedly (SyntaxError in analysis-worker.js).');
    expect(workers[0].terminated).toBe(true);
  });
});
