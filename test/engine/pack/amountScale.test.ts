import { format } from 'numfmt';
import { chooseScale, scaleFormat } from '../../../src/engine/pack/amountScale';
import { AMOUNT_FORMAT, DELTA_FORMAT, DELTA_PERCENT_FORMAT } from '../../../src/engine/pack/numberFormats';

describe('scaleFormat', () => {
  it('scales the amount and signed-amount formats and leaves the others', () => {
    expect(scaleFormat(DELTA_FORMAT, 'thousands', -12_400)).toBe('+#,##0,;-#,##0,;"–"');
    expect(scaleFormat(AMOUNT_FORMAT, 'millions', 2_410_652)).toBe('#,##0.0,,;(#,##0.0,,);"–"');
    expect(scaleFormat('0.0%', 'thousands', -0.0001)).toBe('0.0%');
  });

  // The sample's pack in thousands: Tyres -180 and IT & software -427 printed "-0" under the scaled format, as Excel
  // does (a section's minus sign is shown even when the number rounds to nothing).
  it('shows the zero dash for an amount too small for the scale, never "-0" or "(0)"', () => {
    // As Excel shows them (numfmt follows Excel's rules: a one-section format prefixes a negative with "-").
    const shown = (base: string, scale: Parameters<typeof scaleFormat>[1], value: number): string =>
      format(scaleFormat(base, scale, value), value);
    expect(shown(DELTA_FORMAT, 'thousands', -180)).toBe('–');
    expect(shown(AMOUNT_FORMAT, 'thousands', 427)).toBe('–');
    expect(shown(AMOUNT_FORMAT, 'thousands', -427)).toBe('–');
    expect(shown(DELTA_FORMAT, 'thousands', -500)).toBe('-1');
    expect(shown(DELTA_FORMAT, 'millions', 49_999)).toBe('–');
    expect(shown(DELTA_FORMAT, 'units', -0.4)).toBe('–');
    expect(shown(DELTA_FORMAT, 'thousands', 0)).toBe('–');
  });

  // The 200,000-line benchmark's net result, -8.5 million against -72,807.6 million of budget: -0.012 %, "-0.0%".
  it('shows the zero dash for a signed percentage that rounds to nothing', () => {
    expect(format(scaleFormat(DELTA_PERCENT_FORMAT, 'millions', -0.000117), -0.000117)).toBe('–');
    expect(scaleFormat(DELTA_PERCENT_FORMAT, 'units', 0.0005)).toBe(DELTA_PERCENT_FORMAT);
    expect(scaleFormat(DELTA_PERCENT_FORMAT, 'units', 0)).toBe(DELTA_PERCENT_FORMAT);
  });
});

describe('chooseScale', () => {
  it('keeps the largest amount at five digits or fewer', () => {
    expect(chooseScale(99_999)).toBe('units');
    expect(chooseScale(2_410_652)).toBe('thousands');
    expect(chooseScale(120_000_000)).toBe('millions');
  });
});
