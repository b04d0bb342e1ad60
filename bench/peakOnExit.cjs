'use strict';
/**
 * Preloaded (`node -r bench/peakOnExit.cjs ...`) by the scale table benchmark: on exit, writes the process's peak
 * resident memory in MB and its processor time in ms (user and system, all threads) as JSON to the file named by
 * PEAK_REPORT, so a command run as users run it reports its own peak, and a figure a loaded machine distorts less.
 */
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  if (!process.env.PEAK_REPORT) return;
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  writeFileSync(process.env.PEAK_REPORT, JSON.stringify({ peakMB: usage.maxRSS / 1024, cpuMs }));
});
