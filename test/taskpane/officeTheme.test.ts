import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { contrastRatio, relativeLuminance, themeFromOffice } from '../../src/taskpane/officeTheme';

describe('themeFromOffice', () => {
  it('uses the light web theme outside Office', () => {
    expect(themeFromOffice(null)).toBe(webLightTheme);
    expect(themeFromOffice(undefined)).toBe(webLightTheme);
  });

  it("follows Office's dark theme and lays its body colours over the Fluent tokens", () => {
    // Excel's "Black" Office theme reports these colours (Office.context.officeTheme, Excel on Windows).
    const theme = themeFromOffice({
      bodyBackgroundColor: '#262626',
      bodyForegroundColor: '#ffffff',
      controlBackgroundColor: '#404040',
      controlForegroundColor: '#ffffff',
      isDarkTheme: true,
    });
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    expect(theme.colorNeutralBackground1).toBe('#262626');
    expect(theme.colorNeutralForeground1).toBe('#FFFFFF');
    expect(theme.colorNeutralBackground3).toBe('#404040');
  });

  it('decides dark from the body colour when the host does not report isDarkTheme', () => {
    const theme = themeFromOffice({ bodyBackgroundColor: '#1F1F1F', bodyForegroundColor: '#F0F0F0' });
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    const light = themeFromOffice({ bodyBackgroundColor: 'E6E6E6', bodyForegroundColor: '262626' });
    expect(light.colorBrandBackground).toBe(webLightTheme.colorBrandBackground);
    expect(light.colorNeutralBackground1).toBe('#E6E6E6');
  });

  it('keeps Fluent colours when Office reports an unreadable or malformed pair', () => {
    const theme = themeFromOffice({
      bodyBackgroundColor: '#777777',
      bodyForegroundColor: '#888888',
      isDarkTheme: false,
    });
    expect(theme.colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
    const malformed = themeFromOffice({ bodyBackgroundColor: 'red', bodyForegroundColor: '#000' });
    expect(malformed.colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
  });
});

describe('contrast helpers', () => {
  it('match the WCAG 2.1 definitions', () => {
    // WCAG 2.1 §1.4.3: black on white is 21:1; relative luminance of white is 1 and of black 0.
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 10);
    // #767676 on white is the well-known 4.54:1 minimum grey for AA body text (WebAIM contrast checker).
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
  });
});
