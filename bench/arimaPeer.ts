import { Worker } from 'node:worker_threads';

/** The JavaScript peer: the `arima` npm package (ctsa compiled to WebAssembly), automatic ARIMA. */
export type PeerResult = { ok: true; mean: number[]; ms: number } | { ok: false; error: string };

// Runs in a worker thread of this process so that a series on which the WebAssembly search hangs can be cut off.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const ARIMA = require(workerData.arimaPath);
parentPort.on('message', ({ train, h, frequency }) => {
  const t0 = performance.now();
  try {
    const seasonal = frequency > 1 && train.length >= 2 * frequency;
    const model = new ARIMA({ auto: true, s: seasonal ? frequency : 0, verbose: false }).fit(train);
    const [mean] = model.predict(h);
    model.destroy();
    parentPort.postMessage({ ok: true, mean: Array.from(mean), ms: performance.now() - t0 });
  } catch (e) {
    parentPort.postMessage({ ok: false, error: String(e && e.message ? e.message : e) });
  }
});
`;

/** Runs auto ARIMA on one series at a time with a time limit per series; a timed-out worker is replaced. */
export class ArimaPeer {
  private worker: Worker | null = null;

  constructor(private readonly timeoutMs: number) {}

  private start(): Worker {
    if (this.worker === null) {
      // The package prints its model summary through Emscripten's stdout; keep the benchmark table clean.
      this.worker = new Worker(workerSource, {
        eval: true,
        workerData: { arimaPath: require.resolve('arima') },
        stdout: true,
        stderr: true,
      });
      this.worker.stdout.resume();
      this.worker.stderr.resume();
    }
    return this.worker;
  }

  /** Forecasts `h` steps of `train`; failures and time-outs are results, not exceptions. */
  run(train: number[], h: number, frequency: number): Promise<PeerResult> {
    const worker = this.start();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners('message');
        void worker.terminate();
        this.worker = null;
        resolve({ ok: false, error: `timed out after ${this.timeoutMs} ms` });
      }, this.timeoutMs);
      worker.once('message', (msg: PeerResult) => {
        clearTimeout(timer);
        const finite = msg.ok && msg.mean.length === h && msg.mean.every(Number.isFinite);
        resolve(msg.ok && !finite ? { ok: false, error: 'non-finite forecast' } : msg);
      });
      worker.postMessage({ train, h, frequency });
    });
  }

  /** Ends the worker thread so the process can exit. */
  async close(): Promise<void> {
    if (this.worker !== null) await this.worker.terminate();
    this.worker = null;
  }
}
