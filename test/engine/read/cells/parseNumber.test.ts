import { parseNumber } from '../../../../src/engine/read/cells/parseNumber';

describe('parseNumber', () => {
  it.each([
    [1200, 1200],
    ['1200', 1200],
    ['1,200', 1200],
    ['1,234,567.89', 1234567.89],
    ['1 200', 1200],
    ['1\u00a0200', 1200], // non-breaking space, as French and Swiss exports write thousands
    ['1\u202f200,50', 1200.5], // narrow no-break space and a decimal comma
    ["1'200", 1200],
    ['1.234,56', 1234.56], // European thousands point and decimal comma
    ['$1,200', 1200],
    ['£ 950', 950],
    ['€1.234,50', 1234.5],
    ['USD 2,500', 2500],
    ['2,500 EUR', 2500],
    ['(1,200)', -1200], // accounting negative
    ['($1,200.50)', -1200.5],
    ['$(1,200)', -1200],
    ['1,200-', -1200], // trailing minus from ledger exports
    ['-1,200', -1200],
    ['\u22121,200', -1200], // Unicode minus sign
    ['–350', -350], // en dash typed as minus
    ['12.5%', 0.125],
    ['(3%)', -0.03],
    ['-', 0], // accounting format shows zero as a dash; typed dashes mean nothing
    ['  42  ', 42],
    ["'42", 42], // leading apostrophe forcing text
    ['1e3', 1000],
  ])('reads %j as %d', (input, expected) => {
    const result = parseNumber(input);
    expect(result.kind).toBe('number');
    if (result.kind === 'number') expect(result.value).toBeCloseTo(expected, 10);
  });

  it('marks numbers typed as text', () => {
    expect(parseNumber('1,200')).toEqual({ kind: 'number', value: 1200, fromText: true });
    expect(parseNumber(1200)).toEqual({ kind: 'number', value: 1200, fromText: false });
  });

  it.each([null, '', '   ', '\u00a0'])('reads %j as blank', (input) => {
    expect(parseNumber(input).kind).toBe('blank');
  });

  it.each([
    [{ error: '#N/A' }, 'error-value', '#N/A'],
    [{ error: '#DIV/0!' }, 'error-value', '#DIV/0!'],
    [{ error: '#REF!' }, 'error-value', '#REF!'],
    ['n/a', 'text-in-number', 'n/a'],
    ['tbd', 'text-in-number', 'tbd'],
    ['TBC', 'text-in-number', 'TBC'],
    ['#N/A', 'text-in-number', '#N/A'], // typed text, not an Excel error
    ['12 apples', 'text-in-number', '12 apples'],
    ['1,2,3', 'text-in-number', '1,2,3'],
    ['--5', 'text-in-number', '--5'],
    [true, 'boolean-in-number', 'TRUE'],
    // Excel keeps 15 significant digits: 10^15 and beyond cannot be an amount that adds up.
    [1e15, 'out-of-range', '1000000000000000'],
    [-1e308, 'out-of-range', '-1e+308'],
    ['$1,000,000,000,000,000', 'out-of-range', '$1,000,000,000,000,000'],
  ])('reports %j as %s', (input, code, text) => {
    expect(parseNumber(input)).toEqual({ kind: 'error', code, text });
  });

  it('keeps the largest 15-digit amount', () => {
    expect(parseNumber(999_999_999_999_999)).toEqual({ kind: 'number', value: 999_999_999_999_999, fromText: false });
  });

  it('reports non-finite numbers instead of passing them on', () => {
    expect(parseNumber(Number.NaN).kind).toBe('error');
    expect(parseNumber(Number.POSITIVE_INFINITY).kind).toBe('error');
  });
});
