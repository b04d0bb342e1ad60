import { xmlEscape } from '../../../src/workbook/xlsx/xmlText';

describe('xmlEscape', () => {
  it('escapes markup and drops characters no XML part can carry', () => {
    expect(xmlEscape('R&D <"core"> \u0001costs\u001F')).toBe('R&amp;D &lt;&quot;core&quot;&gt; costs');
  });
});
