'use strict';
/**
 * Preloaded (`node -r bench/peakOnExit.cjs ...`) by the scale table benchmark: on exit, writes the process's peak
 * resident memory in MB to the file named by PEAK_REPORT, so a command run as users run it reports its own peak.
 */
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  if (process.env.PEAK_REPORT) writeFileSync(process.env.PEAK_REPORT, String(process.resourceUsage().maxRSS / 1024));
});
