#!/usr/bin/env node
'use strict';
// Thin launcher: the command is compiled to dist/node by `npm run build:cli` (run by `prepare` on install).
let cli;
try {
  cli = require('../dist/node/cli/main.js');
} catch (error) {
  process.stderr.write(
    `ops-review: the command is not built (${error.message.split('\n')[0]}). Run "npm run build:cli" in the package folder.\n`,
  );
  process.exit(2);
}
// A reader that stops early (`ops-review analyze ... | head`) is not an error of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
