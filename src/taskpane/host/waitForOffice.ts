import type { OfficeThemeColours } from '../officeTheme';

/** Where the pane is running, decided once at start-up. */
export type PaneStart =
  | { readonly kind: 'excel'; readonly theme: OfficeThemeColours | null }
  | { readonly kind: 'browser'; readonly reason: string };

/** How long to wait for `Office.onReady` before starting as a browser preview. @default 5000 */
export const OFFICE_READY_TIMEOUT_MS = 5000;

/**
 * Waits for office.js and tells whether the pane runs inside Excel. Never rejects: when office.js failed to load
 * (`typeof Office === 'undefined'`), when it reports another host or none (a plain browser tab), or when it does not
 * answer in time, the pane starts as the in-browser preview and says why.
 */
export async function waitForOffice(timeoutMs: number = OFFICE_READY_TIMEOUT_MS): Promise<PaneStart> {
  if (typeof Office === 'undefined') {
    return { kind: 'browser', reason: 'office.js could not be loaded, so the pane runs as a preview.' };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    if (info === null) {
      return { kind: 'browser', reason: 'Office did not answer in time, so the pane runs as a preview.' };
    }
    if (info.host !== Office.HostType.Excel) {
      return { kind: 'browser', reason: 'The pane is open outside Excel, so it runs as a preview.' };
    }
    return { kind: 'excel', theme: readOfficeTheme() };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'browser', reason: `Office could not start (${detail}), so the pane runs as a preview.` };
  } finally {
    clearTimeout(timer);
  }
}

/** Office's theme colours now; hosts before requirement set 1.3 have no `officeTheme` and give null. */
export function readOfficeTheme(): OfficeThemeColours | null {
  try {
    const theme = Office.context.officeTheme;
    return theme ? { ...theme } : null;
  } catch {
    return null;
  }
}
