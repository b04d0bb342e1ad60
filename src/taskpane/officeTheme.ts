import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The colours Office reports for its current theme (the fields of `Office.context.officeTheme` the pane uses). */
export interface OfficeThemeColours {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
  readonly isDarkTheme?: boolean;
}

const HEX_COLOUR = /^#?([0-9a-f]{6})$/i;

/** Parses "#RRGGBB" (Office sometimes omits the "#"); null for anything else. */
function parseHex(colour: string | undefined): string | null {
  const match = colour === undefined ? null : HEX_COLOUR.exec(colour.trim());
  return match ? `#${match[1].toUpperCase()}` : null;
}

/** WCAG relative luminance of a "#RRGGBB" colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number): number => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * Chooses the Fluent theme that matches Office's: dark when Office says so (older hosts do not report
 * `isDarkTheme`, so a dark body background decides), with Office's own body and control colours laid over the
 * Fluent tokens so the pane blends with the ribbon around it. Outside Office (no colours) the light web theme.
 */
export function themeFromOffice(colours: OfficeThemeColours | null | undefined): Theme {
  if (!colours) return webLightTheme;
  const body = parseHex(colours.bodyBackgroundColor);
  const dark = colours.isDarkTheme ?? (body !== null && relativeLuminance(body) < 0.2);
  const base = dark ? webDarkTheme : webLightTheme;
  const overrides: Partial<Theme> = {};
  const text = parseHex(colours.bodyForegroundColor);
  const control = parseHex(colours.controlBackgroundColor);
  const controlText = parseHex(colours.controlForegroundColor);
  // Only apply Office's pair when the text stays readable on it: a theme reporting near-equal colours would
  // otherwise make the pane unreadable (WCAG AA asks for 4.5:1).
  if (body && text && contrastRatio(body, text) >= 4.5) {
    overrides.colorNeutralBackground1 = body;
    overrides.colorNeutralForeground1 = text;
  }
  if (control && controlText && contrastRatio(control, controlText) >= 4.5) {
    overrides.colorNeutralBackground3 = control;
    overrides.colorNeutralForeground3 = controlText;
  }
  return { ...base, ...overrides };
}

/** WCAG contrast ratio between two "#RRGGBB" colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
