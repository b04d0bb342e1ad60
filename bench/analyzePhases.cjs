'use strict';
/**
 * `node bench/analyzePhases.cjs FILE`: the built `analyze` command's path (dist/node, `npm run build:cli`) on one
 * workbook, timed in the phases of issue #16's goal, printed as one JSON line {ms, peakMB, parseMs, readMs,
 * analyzeMs, packExtrasMs, lines}. Read = the .xlsx parse (open, census, grids) and the grids read into typed
 * records; analysis = everything after, until the result is checked; the pack's extras (fingerprints, titles), which
 * `analyze` never makes, apart. Plain Node on the compiled code, as users run it: the other children run under tsx,
 * whose esbuild keepNames wraps every closure made (`__name`), about 15 % of the analysis (its CPU profile).
 */
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist', 'node');
const { reviewGrids, storedSettings } = require(join(dist, 'engine', 'index.js'));
const { openXlsxFile } = require(join(dist, 'workbook', 'xlsx', 'xlsxFile.js'));

void (async () => {
  const start = performance.now();
  const workbook = await openXlsxFile(process.argv[2]);
  const settings = storedSettings(await workbook.loadSettings()).settings;
  const grids = await workbook.readGrids();
  const parseMs = performance.now() - start;
  let readAt = NaN;
  const review = reviewGrids(grids, settings, {}, (progress) => {
    if (progress.label.startsWith('Analysing')) readAt = performance.now();
  });
  const analyzedAt = performance.now();
  void review.sources;
  void review.context;
  const end = performance.now();
  process.stdout.write(
    `${JSON.stringify({
      ms: end - start,
      peakMB: process.resourceUsage().maxRSS / 1024,
      parseMs,
      readMs: readAt - start,
      analyzeMs: analyzedAt - readAt,
      packExtrasMs: end - analyzedAt,
      lines: review.result.variance.lines.length,
    })}\n`,
  );
})();
