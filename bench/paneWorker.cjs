'use strict';
/**
 * The pane's analysis worker (src/taskpane/worker/analysis.worker.ts) in a Node worker thread, for the pane
 * benchmark: `self` is given the Web Worker shape the worker module expects, over the thread's message port.
 */
const { parentPort } = require('node:worker_threads');

// The global object itself, as in a Web Worker: libraries look for `self.Int8Array` and the like.
Object.defineProperty(globalThis, 'onmessage', {
  set(handler) {
    parentPort.on('message', (data) => handler({ data }));
  },
});
// Before the outcome is copied back, a progress message marks the moment, so the benchmark can tell the copy from
// the analysis (the pane's worker posts nothing of the kind).
globalThis.postMessage = (message) => {
  if (message.kind === 'done') {
    parentPort.postMessage({
      id: message.id,
      kind: 'progress',
      progress: { label: 'bench: outcome posted', fraction: 1 },
    });
  }
  parentPort.postMessage(message);
};
globalThis.self = globalThis;
require('tsx/cjs');
require('../src/taskpane/worker/analysis.worker.ts');
