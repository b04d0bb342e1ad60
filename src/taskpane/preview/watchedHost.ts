import type { PaneHost, PaneWorkbook } from '../session/PaneHost';

/**
 * The host with every workbook change reported to `onChange` after it completes (writes, saved settings, a new
 * selection), so the preview redraws its sheets exactly when the emulated workbook changed.
 */
export function watchedHost(host: PaneHost, onChange: () => void): PaneHost {
  const inner = host.workbook;
  const after = async <T>(work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } finally {
      onChange();
    }
  };
  const workbook: PaneWorkbook = {
    readGrids: () => inner.readGrids(),
    loadSettings: () => inner.loadSettings(),
    writePack: (pack) => after(inner.writePack(pack)),
    saveSettings: (settings) => after(inner.saveSettings(settings)),
    selectCell: (sheet, cell) => after(inner.selectCell(sheet, cell)),
  };
  return { ...host, workbook };
}
