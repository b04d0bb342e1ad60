import { useEffect, useMemo, useState } from 'react';
import type { Theme } from '@fluentui/react-components';
import { themeFromOffice, type OfficeThemeColours } from './officeTheme';

/** Subscribes to theme changes; returns the function that unsubscribes. */
export type WatchTheme = (onChange: (colours: OfficeThemeColours | null) => void) => () => void;

/**
 * The Fluent theme for Office's current theme, starting from the colours read at start-up and following every
 * change `watch` reports, so the pane re-themes without a reload.
 */
export function useOfficeTheme(initial: OfficeThemeColours | null, watch: WatchTheme): Theme {
  const [colours, setColours] = useState(initial);
  useEffect(() => watch(setColours), [watch]);
  return useMemo(() => themeFromOffice(colours), [colours]);
}
