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
globalThis.postMessage = (message) => parentPort.postMessage(message);
globalThis.self = globalThis;
require('tsx/cjs');
require('../src/taskpane/worker/analysis.worker.ts');
