import { act, renderHook } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { OfficeThemeColours } from '../../src/taskpane/officeTheme';
import { useOfficeTheme, type WatchTheme } from '../../src/taskpane/useOfficeTheme';

describe('useOfficeTheme', () => {
  it('starts from the colours read at start-up and re-themes on every reported change', () => {
    let report: ((colours: OfficeThemeColours | null) => void) | null = null;
    const stop = jest.fn();
    const watch: WatchTheme = (onChange) => {
      report = onChange;
      return stop;
    };
    const { result, unmount } = renderHook(() => useOfficeTheme({ isDarkTheme: false }, watch));
    expect(result.current.colorBrandBackground).toBe(webLightTheme.colorBrandBackground);
    // Excel's "Black" Office theme (Office.context.officeTheme on Windows).
    act(() => report!({ bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', isDarkTheme: true }));
    expect(result.current.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    expect(result.current.colorNeutralBackground1).toBe('#262626');
    act(() => report!(null));
    expect(result.current).toBe(webLightTheme);
    unmount();
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
