// `npm start`: where desktop Excel can be driven (Windows, macOS), office-addin-debugging starts the dev server and
// sideloads manifest.xml into Excel; elsewhere (Linux, CI, a machine without Excel) it starts the dev server and prints
// the URL of the browser preview, which runs the pane against the emulated workbook loaded with the sample workbook.
'use strict';
const { spawn } = require('child_process');

const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const canSideload = process.platform === 'win32' || process.platform === 'darwin';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command, args, env) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return child;
}

if (canSideload && process.env.OPS_REVIEW_PREVIEW !== '1') {
  run(npx, ['office-addin-debugging', 'start', 'manifest.xml']);
} else {
  // No Excel to sideload into: plain http on localhost (a secure context for browsers) avoids installing a CA.
  const url = `http://localhost:${port}/taskpane.html`;
  console.log(`\nOps Review preview (no Excel on this machine): open ${url}\n`);
  console.log('It runs the pane against an emulated workbook loaded with examples/sample-ops-review.xlsx.');
  console.log('Press Ctrl+C to stop.\n');
  run(npx, ['webpack', 'serve', '--mode', 'development'], { OPS_REVIEW_HTTP: '1' });
}
