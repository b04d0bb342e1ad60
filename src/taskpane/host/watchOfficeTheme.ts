import type { OfficeThemeColours } from '../officeTheme';

/** The events the watcher listens to; `window` and `document` in the pane, plain EventTargets in tests. */
export interface ThemeWatchTargets {
  readonly window: EventTarget;
  readonly document: EventTarget & { readonly visibilityState: DocumentVisibilityState };
}

const FIELDS = [
  'bodyBackgroundColor',
  'bodyForegroundColor',
  'controlBackgroundColor',
  'controlForegroundColor',
  'isDarkTheme',
] as const satisfies readonly (keyof OfficeThemeColours)[];

/** Whether two readings of Office's theme are the same theme (colour case aside, as hosts differ in it). */
export function sameOfficeTheme(a: OfficeThemeColours | null, b: OfficeThemeColours | null): boolean {
  if (a === null || b === null) return a === b;
  const norm = (v: string | boolean | undefined): string | boolean | undefined =>
    typeof v === 'string' ? v.trim().toUpperCase() : v;
  return FIELDS.every((field) => norm(a[field]) === norm(b[field]));
}

/**
 * Follows Office's theme after start-up. Excel has no theme-changed event (`Office.EventType.OfficeThemeChanged`
 * is Outlook's only, Mailbox 1.14), and a user changes the Office theme in File > Account, away from the pane; so the
 * theme is read again when the pane becomes visible or regains focus, which costs one property read, and `onChange`
 * is called only when it differs from the last reading. Returns the function that stops watching.
 */
export function watchOfficeTheme(
  read: () => OfficeThemeColours | null,
  initial: OfficeThemeColours | null,
  onChange: (colours: OfficeThemeColours | null) => void,
  targets: ThemeWatchTargets = { window, document },
): () => void {
  let last = initial;
  const check = (): void => {
    if (targets.document.visibilityState === 'hidden') return;
    const now = read();
    if (sameOfficeTheme(now, last)) return;
    last = now;
    onChange(now);
  };
  targets.window.addEventListener('focus', check);
  targets.document.addEventListener('visibilitychange', check);
  return () => {
    targets.window.removeEventListener('focus', check);
    targets.document.removeEventListener('visibilitychange', check);
  };
}
