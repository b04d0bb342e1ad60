import type { Grid } from '../../grid/Grid';
import { parseA1 } from '../../grid/address';
import { gridWidth } from '../../grid/gridWidth';

/**
 * The grids to read, each table once: an adapter gives both a sheet's used range and its Excel Tables, so the cells of
 * every Excel Table are blanked in its sheet's grid (the Table grid, with its known header row, is read instead).
 */
export function gridsToRead(grids: readonly Grid[]): Grid[] {
  const tables = grids.filter((g) => g.tableName !== undefined);
  return grids.map((grid) => {
    if (grid.tableName !== undefined) return grid;
    const inside = tables
      .filter((t) => t.sheet === grid.sheet)
      .map((t) => ({
        start: parseA1(t.address) ?? { row: 0, column: 0 },
        height: t.values.length,
        width: gridWidth(t.values),
      }));
    if (inside.length === 0) return grid;
    const origin = parseA1(grid.address) ?? { row: 0, column: 0 };
    const values = grid.values.map((row, r) =>
      row.map((value, c) => {
        const covered = inside.some(({ start, height, width }) => {
          const rr = origin.row + r - start.row;
          const cc = origin.column + c - start.column;
          return rr >= 0 && rr < height && cc >= 0 && cc < width;
        });
        return covered ? null : value;
      }),
    );
    return { ...grid, values };
  });
}

/**
 * The text of up to three rows just above an Excel Table on its sheet ("Budget FY2026", "US$"): the titles a Table
 * grid does not include, which say its scenario and year.
 */
export function titlesAbove(table: Grid, grids: readonly Grid[]): string[] {
  const sheet = grids.find((g) => g.sheet === table.sheet && g.tableName === undefined);
  const top = parseA1(table.address);
  const origin = sheet ? parseA1(sheet.address) : null;
  if (!sheet || !top || !origin) return [];
  const titles: string[] = [];
  for (let r = top.row - 1; r >= Math.max(origin.row, top.row - 3); r--) {
    const text = (sheet.values[r - origin.row] ?? [])
      .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
      .join(' ');
    if (text) titles.unshift(text);
  }
  return titles;
}
