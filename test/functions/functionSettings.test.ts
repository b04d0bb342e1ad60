import { functionSettings, setFunctionSettings } from '../../src/functions/functionSettings';
import { varianceFunction } from '../../src/functions/varianceFunction';
import { SETTINGS_VERSION, defaultSettings } from '../../src/engine/settings/Settings';
import { call } from './ranges';

// 1,060 against a budget of 1,000 is +60, +6 %: material at a 5 % threshold, not at the engine's default 10 %.
const variance = (threshold: unknown = null, abs: unknown = null): unknown =>
  call(() => varianceFunction(1060, 1000, null, threshold, abs));

const saved = (threshold: number, absoluteThreshold: number) => ({
  ...defaultSettings(),
  version: SETTINGS_VERSION,
  thresholds: { threshold, absoluteThreshold },
});

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('ops-review.functionSettings')];
});

describe("OPSREVIEW.VARIANCE and the workbook's saved thresholds", () => {
  it("uses the engine's defaults (10 %, 0) before the pane has loaded any settings", () => {
    expect(functionSettings()).toEqual({ thresholds: defaultSettings().thresholds });
    expect(variance()).toEqual([[60, 0.06, true, false]]);
  });

  it('uses the saved thresholds once the pane hands them over', () => {
    expect(setFunctionSettings(saved(0.05, 0))).toBe(true);
    expect(variance()).toEqual([[60, 0.06, true, true]]);
    // both saved limits apply: 6 % passes 5 %, but 60 is under a saved absolute threshold of 100
    setFunctionSettings(saved(0.05, 100));
    expect(variance()).toEqual([[60, 0.06, true, false]]);
  });

  it('lets an explicit argument win over the saved setting', () => {
    setFunctionSettings(saved(0.05, 100));
    expect(variance(0.1)).toEqual([[60, 0.06, true, false]]);
    expect(variance(null, 0)).toEqual([[60, 0.06, true, true]]);
    expect(variance(0.05, 0)).toEqual([[60, 0.06, true, true]]);
  });

  it('keeps the defaults when the handed-over thresholds fail the settings schema', () => {
    setFunctionSettings(saved(0.05, 0));
    expect(setFunctionSettings(saved(-1, 0))).toBe(false);
    expect(functionSettings()).toEqual({ thresholds: defaultSettings().thresholds });
    expect(setFunctionSettings({ thresholds: { threshold: 0.05, absoluteThreshold: 0, extra: 1 } })).toBe(false);
    expect(setFunctionSettings(null)).toBe(false);
    expect(variance()).toEqual([[60, 0.06, true, false]]);
  });

  it("reaches the functions' own copy of the module (pane and functions are two webpack entries in one page)", () => {
    type Module = typeof import('../../src/functions/functionSettings');
    jest.isolateModules(() => {
      // A second instance of the module, as the other bundle has its own.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const other = require('../../src/functions/functionSettings') as Module;
      expect(other.setFunctionSettings).not.toBe(setFunctionSettings);
      other.setFunctionSettings(saved(0.05, 0));
    });
    expect(functionSettings().thresholds.threshold).toBe(0.05);
  });
});
