import { join } from 'path';
import { deserialize, serialize } from 'v8';
import { defaultSettings } from '../../../src/engine/settings/Settings';
import { workerRunner } from '../../../src/taskpane/worker/AnalysisRunner';
import { packLineSources, unpackLineSources } from '../../../src/taskpane/worker/lineSources';
import type { AnalysisOutcome, AnalysisRequest } from '../../../src/taskpane/worker/protocol';
import { runAnalysis } from '../../../src/taskpane/worker/runAnalysis';
import { readXlsxGrids } from '../../../src/workbook/xlsx/readXlsx';
import { inProcessWorker } from './inProcessWorker';

const SAMPLE = join(__dirname, '..', '..', '..', 'examples', 'sample-ops-review.xlsx');

let request: AnalysisRequest;
let outcome: AnalysisOutcome;

beforeAll(async () => {
  request = { grids: await readXlsxGrids(SAMPLE), settings: defaultSettings(), request: { period: null } };
  outcome = runAnalysis(request, () => undefined);
});

describe('packLineSources', () => {
  it('takes every line’s source cells out of the outcome and puts them back the same, across a copy', () => {
    const packed = packLineSources(outcome);
    if (packed === null) throw new Error('the sample’s cells are plain A1 addresses');
    expect(packed.outcome.result.variance.lines.every((line) => line.sources.length === 0)).toBe(true);
    // The sample's three sheets of lines (examples/sampleWorkbook.ts), each named once.
    expect([...packed.lineSources.sheets].sort()).toEqual(['Actuals FY26', 'Budget FY26', 'Prior year']);
    const copied = deserialize(serialize(packed)) as typeof packed;
    expect(unpackLineSources(copied.outcome, copied.lineSources)).toEqual(outcome);
  });

  it('leaves an outcome alone when a cell address cannot be packed', () => {
    const [first, ...rest] = outcome.result.variance.lines;
    const odd = { ...first, sources: [{ sheet: 'Budget FY26', cell: 'C\n5' }] };
    const result = { ...outcome.result, variance: { ...outcome.result.variance, lines: [odd, ...rest] } };
    expect(packLineSources({ ...outcome, result })).toBeNull();
  });
});

describe('the worker’s answer', () => {
  it('reaches the pane as the outcome the inline runner gives', async () => {
    const runner = workerRunner(inProcessWorker);
    const posted = await runner.run(request, () => undefined, new AbortController().signal);
    expect(posted.result.variance.lines.some((line) => line.sources.length > 0)).toBe(true);
    expect(posted).toEqual(outcome);
  });
});
