import { useState, type ReactNode } from 'react';
import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { format, formatColor } from 'numfmt';
import { columnLetters, parseA1 } from '../../engine';
import type { BookSnapshot, SheetSnapshot } from '../../workbook/fake/snapshot';

/** The viewer shows the top-left of big sheets only: it is a preview, and a DOM table of 100,000 cells would crawl. */
export const MAX_ROWS = 150;
/** See {@link MAX_ROWS}. */
export const MAX_COLUMNS = 26;

const useStyles = makeStyles({
  viewer: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // A workbook with a pack has a dozen sheets: their tabs wrap rather than widen the page.
  tabs: { flexWrap: 'wrap', minWidth: 0 },
  scroll: { overflow: 'auto', maxHeight: '75vh', border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    padding: '0 4px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    position: 'sticky',
    top: 0,
  },
  cell: {
    padding: '0 4px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'nowrap',
    maxWidth: '240px',
    overflow: 'hidden',
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

/** Text and colour of a cell as Excel shows it under its number format ("#,##0;[Red](#,##0)", "mmm-yy", "0.0%"). */
function shown(
  value: string | number | boolean | null,
  numberFormat: string | undefined,
): { readonly text: string; readonly color?: string } {
  if (value === null) return { text: '' };
  const pattern = numberFormat ?? 'General';
  try {
    const color = formatColor(pattern, value);
    return { text: format(pattern, value), color: typeof color === 'string' ? color : undefined };
  } catch {
    // A format the formatter cannot read: Excel would show something; the value as it is is the honest fallback.
    return { text: String(value) };
  }
}

function SheetTable({
  sheet,
  selected,
}: {
  readonly sheet: SheetSnapshot;
  readonly selected: string | null;
}): ReactNode {
  const styles = useStyles();
  const origin = parseA1((sheet.usedRange ?? 'A1').split(':')[0]) ?? { row: 0, column: 0 };
  const cells = new Map(sheet.cells.map((c) => [c.address, c]));
  const rows = sheet.values.slice(0, MAX_ROWS);
  const width = Math.min(MAX_COLUMNS, Math.max(0, ...rows.map((r) => r.length)));
  const selectedAt = selected ? parseA1(selected.split(':')[0]) : null;
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={`Cells of ${sheet.name}`}>
      <table className={styles.table}>
        <caption style={{ textAlign: 'left' }}>
          {sheet.name}
          {sheet.usedRange ? ` (${sheet.usedRange})` : ' (empty)'}
          {sheet.values.length > MAX_ROWS || sheet.values.some((r) => r.length > MAX_COLUMNS)
            ? ', first cells only'
            : ''}
        </caption>
        <thead>
          <tr>
            <th className={styles.head} scope="col">
              <span aria-label="Row">#</span>
            </th>
            {Array.from({ length: width }, (_, c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetters(origin.column + c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              <th className={styles.head} scope="row">
                {origin.row + r + 1}
              </th>
              {Array.from({ length: width }, (_, c) => {
                const address = `${columnLetters(origin.column + c)}${origin.row + r + 1}`;
                const cell = cells.get(address);
                const style = cell?.format;
                const { text, color } = shown(row[c] ?? null, cell?.numberFormat);
                const isSelected = selectedAt?.row === origin.row + r && selectedAt.column === origin.column + c;
                return (
                  <td
                    key={c}
                    className={`${styles.cell} ${isSelected ? styles.selected : ''}`}
                    style={{
                      fontWeight: style?.bold ? 600 : undefined,
                      backgroundColor: style?.fill ? `#${style.fill.replace('#', '')}` : undefined,
                      color: color ?? (style?.fontColor ? `#${style.fontColor.replace('#', '')}` : undefined),
                      textAlign: typeof row[c] === 'number' ? 'right' : undefined,
                    }}
                  >
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A read-only view of the emulated workbook: one tab per visible sheet, the selection outlined. */
export function SheetViewer({ snapshot }: { readonly snapshot: BookSnapshot }): ReactNode {
  const styles = useStyles();
  const visible = snapshot.sheets.filter((s) => s.visibility === 'Visible');
  const [chosen, setChosen] = useState<string | null>(null);
  const name = chosen ?? snapshot.selection?.sheet ?? visible[0]?.name;
  const sheet = visible.find((s) => s.name === name) ?? visible[0];
  if (!sheet) return <Text>The workbook has no visible sheets.</Text>;
  return (
    <section className={styles.viewer} aria-label="Workbook preview">
      <TabList
        className={styles.tabs}
        selectedValue={sheet.name}
        onTabSelect={(_, data) => setChosen(String(data.value))}
        size="small"
        aria-label="Sheets"
      >
        {visible.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <SheetTable
        sheet={sheet}
        selected={snapshot.selection?.sheet === sheet.name ? snapshot.selection.address : null}
      />
    </section>
  );
}
