import { utf8Length } from '../../../src/workbook/office/utf8Length';

describe('utf8Length', () => {
  it.each(['', 'Revenue', 'ΔBU', 'Café crème', '売上高', '📊 KPI', '\uD83D'])(
    'counts %j as Node’s UTF-8 encoder does',
    (text) => {
      // Reference: Buffer.byteLength, Node's own UTF-8 encoder (a lone surrogate becomes U+FFFD, 3 bytes).
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    },
  );
});
