import type { Grid } from '../grid/Grid';

/** Excel's locale-tagged currency: "[$€-407]", "[$USD-409]"; "[$-409]" is a locale only, no symbol. */
const TAGGED = /\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]/g;
const BARE = /[$€£¥₹]/;

function symbolOf(format: string): string | null {
  let tagged: string | null = null;
  const rest = format.replace(TAGGED, (_, symbol: string) => {
    if (tagged === null && symbol.trim() !== '') tagged = symbol.trim();
    return '';
  });
  if (tagged !== null) return tagged;
  const bare = BARE.exec(rest);
  return bare ? bare[0] : null;
}

/**
 * The currency symbol most of the workbook's number formats show ("$", "€", "£", or a tag such as "CHF"), for
 * money in sentences; "" when the formats show none, so no currency is invented.
 */
export function detectCurrency(grids: readonly Grid[]): string {
  const counts = new Map<string, number>();
  const seen = new Map<string, string | null>();
  for (const grid of grids)
    for (const row of grid.numberFormats ?? [])
      for (const format of row) {
        let symbol = seen.get(format);
        if (symbol === undefined) {
          symbol = symbolOf(format);
          seen.set(format, symbol);
        }
        if (symbol !== null) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
      }
  let best = '';
  let bestCount = 0;
  for (const [symbol, count] of counts)
    if (count > bestCount) {
      best = symbol;
      bestCount = count;
    }
  return best;
}
