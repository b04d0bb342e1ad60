import { TagScanner } from '../../../../src/workbook/xlsx/read/tagScanner';
import { shiftFormula } from '../../../../src/workbook/xlsx/read/shiftFormula';

/** The events of `xml` fed in pieces of `size` characters, as text. */
function events(xml: string, size: number): string[] {
  const out: string[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') out.push(`text ${text}`);
    text = '';
  };
  const scanner = new TagScanner('test.xml', {
    open: (name, a) => {
      flush();
      out.push(`open ${name} r=${a.get('r') ?? '-'} id=${a.get('r:id') ?? a.getSuffixed(':id') ?? '-'}`);
    },
    close: (name) => {
      flush();
      out.push(`close ${name}`);
    },
    text: (t) => {
      text += t;
    },
  });
  for (let i = 0; i < xml.length; i += size) scanner.write(xml.slice(i, i + size));
  scanner.end();
  flush();
  return out;
}

const XML =
  '<?xml version="1.0"?><!-- a comment with <c> in it --><x:ws xmlns:x="urn:x">' +
  '<c r="A1" t=\'s\' f="a > b"><v>1 &lt; 2 &amp; &#x263A;&#65;</v></c>' +
  '<tablePart xr:id="rId7"/><t><![CDATA[<raw> & text]]></t></x:ws>';

describe('TagScanner', () => {
  it('reports elements by local name, attributes, entities, CDATA, and skips comments', () => {
    expect(events(XML, XML.length)).toEqual([
      'open ws r=- id=-',
      'open c r=A1 id=-',
      'open v r=- id=-',
      'text 1 < 2 & \u263AA',
      'close v',
      'close c',
      'open tablePart r=- id=rId7',
      'close tablePart',
      'open t r=- id=-',
      'text <raw> & text',
      'close t',
      'close ws',
    ]);
  });

  it('gives the same events however the text is cut into pieces', () => {
    const whole = events(XML, XML.length);
    for (const size of [1, 2, 3, 5, 7, 13]) expect(events(XML, size)).toEqual(whole);
  });
});

describe('shiftFormula', () => {
  it('moves relative references, keeps absolute ones, strings, sheet names and function names', () => {
    expect(shiftFormula('SUM(A1:B2)+$C$3+C$4+$D5', 2, 1)).toBe('SUM(B3:C4)+$C$3+D$4+$D7');
    expect(shiftFormula('"A1"&\'Q1 Plan\'!A1&LOG10(A1)', 1, 0)).toBe('"A1"&\'Q1 Plan\'!A2&LOG10(A2)');
    expect(shiftFormula('A1', -1, 0)).toBe('#REF!');
  });
});
