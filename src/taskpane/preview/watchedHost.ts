import type { Pack } from '../../engine';
import type { PaneHost, PaneWorkbook } from '../session/PaneHost';

/** What the preview hears of the pane's writes, after each one completes. */
export interface HostWatcher {
  /** Any change of the emulated workbook (writes, saved settings, a new selection): time to redraw. */
  readonly onChange: () => void;
  /** A pack was written; the preview's download writes the same pack. */
  readonly onPack?: (pack: Pack) => void;
  /** Settings were saved. */
  readonly onSettings?: (settings: unknown) => void;
}

/**
 * The host with every workbook change reported after it completes, so the preview redraws its sheets exactly when
 * the emulated workbook changed and can write the same pack and settings into the downloaded .xlsx.
 */
export function watchedHost(host: PaneHost, watcher: HostWatcher): PaneHost {
  const inner = host.workbook;
  const after = async <T>(work: Promise<T>, done?: () => void): Promise<T> => {
    try {
      const result = await work;
      done?.();
      return result;
    } finally {
      watcher.onChange();
    }
  };
  const workbook: PaneWorkbook = {
    readGrids: () => inner.readGrids(),
    loadSettings: () => inner.loadSettings(),
    writePack: (pack) => after(inner.writePack(pack), () => watcher.onPack?.(pack)),
    saveSettings: (settings) => after(inner.saveSettings(settings), () => watcher.onSettings?.(settings)),
    selectCell: (sheet, cell) => after(inner.selectCell(sheet, cell)),
  };
  return { ...host, workbook };
}
