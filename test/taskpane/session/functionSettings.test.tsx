import { renderHook, waitFor } from '@testing-library/react';
import { SETTINGS_VERSION } from '../../../src/engine/settings/Settings';
import { functionSettings } from '../../../src/functions/functionSettings';
import type { PaneHost } from '../../../src/taskpane/session/PaneHost';
import { usePaneSession } from '../../../src/taskpane/session/usePaneSession';

/** A workbook holding saved settings; the analysis never finishes, since only the settings matter here. */
function hostWith(stored: unknown): PaneHost {
  return {
    workbook: {
      readGrids: () => Promise.resolve([]),
      writePack: () => Promise.reject(new Error('not written in this test')),
      loadSettings: () => Promise.resolve(stored),
      saveSettings: () => Promise.resolve(),
      selectCell: () => Promise.resolve(true),
    },
    runner: { run: () => new Promise(() => undefined) },
    now: () => new Date('2026-07-01T08:00:00Z'),
  };
}

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('ops-review.functionSettings')];
});

describe('the pane hands the saved settings to the OPSREVIEW functions', () => {
  it("gives the functions the workbook's thresholds as soon as it loads them", async () => {
    const stored = { version: SETTINGS_VERSION, thresholds: { threshold: 0.05, absoluteThreshold: 250 } };
    // One host for every render, as the pane's App holds it: a new one would restart the session each render.
    const host = hostWith(JSON.stringify(stored));
    const { unmount } = renderHook(() => usePaneSession(host));
    await waitFor(() => expect(functionSettings().thresholds).toEqual({ threshold: 0.05, absoluteThreshold: 250 }));
    unmount();
  });
});
