import { sameOfficeTheme, watchOfficeTheme } from '../../../src/taskpane/host/watchOfficeTheme';
import type { OfficeThemeColours } from '../../../src/taskpane/officeTheme';

// Excel's "White" and "Black" Office themes as Office.context.officeTheme reports them (Excel on Windows).
const white: OfficeThemeColours = {
  bodyBackgroundColor: '#FFFFFF',
  bodyForegroundColor: '#000000',
  controlBackgroundColor: '#FFFFFF',
  controlForegroundColor: '#262626',
  isDarkTheme: false,
};
const black: OfficeThemeColours = {
  bodyBackgroundColor: '#262626',
  bodyForegroundColor: '#FFFFFF',
  controlBackgroundColor: '#404040',
  controlForegroundColor: '#FFFFFF',
  isDarkTheme: true,
};

/** A window and a document the test controls: visibility is set by hand, events are dispatched by hand. */
function targets(): { window: EventTarget; document: EventTarget & { visibilityState: DocumentVisibilityState } } {
  return {
    window: new EventTarget(),
    document: Object.assign(new EventTarget(), { visibilityState: 'visible' as const }),
  };
}

describe('watchOfficeTheme', () => {
  it('reports a theme changed while the pane was away, when it becomes visible or regains focus', () => {
    let current: OfficeThemeColours | null = white;
    const onChange = jest.fn();
    const t = targets();
    watchOfficeTheme(() => current, white, onChange, t);
    t.window.dispatchEvent(new Event('focus'));
    expect(onChange).not.toHaveBeenCalled();
    // The user picks the Black theme in File > Account and comes back to the pane.
    current = black;
    t.document.dispatchEvent(new Event('visibilitychange'));
    expect(onChange).toHaveBeenCalledWith(black);
    // Focus again with no change: no second report.
    t.window.dispatchEvent(new Event('focus'));
    expect(onChange).toHaveBeenCalledTimes(1);
    current = white;
    t.window.dispatchEvent(new Event('focus'));
    expect(onChange).toHaveBeenLastCalledWith(white);
  });

  it('does not read the theme while the pane is hidden, and stops when asked', () => {
    const read = jest.fn(() => black);
    const onChange = jest.fn();
    const t = targets();
    const stop = watchOfficeTheme(read, white, onChange, t);
    t.document.visibilityState = 'hidden';
    t.document.dispatchEvent(new Event('visibilitychange'));
    expect(read).not.toHaveBeenCalled();
    stop();
    t.document.visibilityState = 'visible';
    t.window.dispatchEvent(new Event('focus'));
    expect(read).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('sameOfficeTheme', () => {
  it('ignores the case of colours and tells different themes apart', () => {
    expect(sameOfficeTheme(white, { ...white, bodyBackgroundColor: '#ffffff' })).toBe(true);
    expect(sameOfficeTheme(white, black)).toBe(false);
    expect(sameOfficeTheme(white, { ...white, isDarkTheme: true })).toBe(false);
    expect(sameOfficeTheme(null, null)).toBe(true);
    expect(sameOfficeTheme(null, white)).toBe(false);
  });
});
