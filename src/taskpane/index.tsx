import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './App';
import { createExcelHost } from './host/createExcelHost';
import { readOfficeTheme, waitForOffice } from './host/waitForOffice';
import { watchOfficeTheme } from './host/watchOfficeTheme';
import { themeFromOffice, type OfficeThemeColours } from './officeTheme';
import { Pane } from './Pane';
import type { PaneHost } from './session/PaneHost';
import { useOfficeTheme, type WatchTheme } from './useOfficeTheme';

/** The pane inside Excel, re-themed whenever Office's theme changes while it is open. */
function ExcelPane({
  host,
  initial,
  watch,
}: {
  readonly host: PaneHost;
  readonly initial: OfficeThemeColours | null;
  readonly watch: WatchTheme;
}): ReactNode {
  return <Pane host={host} theme={useOfficeTheme(initial, watch)} notice={null} />;
}

/** When even the preview cannot start (its code failed to download), the shell still says so in words. */
function renderFailure(root: Root, reason: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  const theme = themeFromOffice(null);
  root.render(
    <App
      theme={theme}
      notice={`${reason} The preview could not start (${detail}). Check your connection and reload the page.`}
      pages={[]}
    />,
  );
}

/**
 * Entry point of the task pane. Waits for office.js (with a timeout); inside Excel it renders the pane over the real
 * workbook, anywhere else (office.js missing, an ordinary browser tab) the preview over the sample workbook, whose
 * code is loaded only then so it does not weigh on the pane's start-up in Excel.
 */
async function startPane(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const start = await waitForOffice();
  if (start.kind === 'excel') {
    const watch: WatchTheme = (onChange) => watchOfficeTheme(readOfficeTheme, start.theme, onChange);
    root.render(<ExcelPane host={createExcelHost()} initial={start.theme} watch={watch} />);
    return;
  }
  try {
    const { PreviewApp } = await import(/* webpackChunkName: "preview" */ './preview/PreviewApp');
    root.render(<PreviewApp theme={themeFromOffice(null)} reason={start.reason} />);
  } catch (error) {
    renderFailure(root, start.reason, error);
  }
}

void startPane();
