// `npm stop`: unregisters the sideloaded add-in where `npm start` sideloaded it.
'use strict';
const { spawnSync } = require('child_process');

if (process.platform === 'win32' || process.platform === 'darwin') {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const result = spawnSync(npx, ['office-addin-debugging', 'stop', 'manifest.xml'], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} else {
  console.log('Nothing was sideloaded on this machine; stop the preview server with Ctrl+C.');
}
