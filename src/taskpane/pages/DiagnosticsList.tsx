import type { ReactNode } from 'react';
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Diagnostic } from '../../engine';
import type { SelectCells } from '../session/PaneOperations';
import { SourceLink } from './SourceLink';

const SEVERITY = {
  error: { color: 'danger', word: 'Error' },
  warning: { color: 'warning', word: 'Warning' },
  info: { color: 'informative', word: 'Note' },
} as const;

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

/** Props of {@link DiagnosticsList}. */
export interface DiagnosticsListProps {
  readonly diagnostics: readonly Diagnostic[];
  readonly onSelectCells: SelectCells;
}

/** Problems found in the workbook, each with its cell; activating the cell reference selects it in the workbook. */
export function DiagnosticsList({ diagnostics, onSelectCells }: DiagnosticsListProps): ReactNode {
  const styles = useStyles();
  if (diagnostics.length === 0) return <Text>No problems were found in the tables.</Text>;
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...diagnostics].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <ul className={styles.list} aria-label="Problems found">
      {sorted.map((d, i) => (
        <li key={i}>
          <Badge appearance="tint" color={SEVERITY[d.severity].color}>
            {SEVERITY[d.severity].word}
          </Badge>{' '}
          <SourceLink refs={d.cell ? [{ sheet: d.sheet, cell: d.cell }] : []} onSelectCells={onSelectCells}>
            {d.cell ? `${d.sheet}!${d.cell}` : d.sheet}
          </SourceLink>
          : {d.message}
        </li>
      ))}
    </ul>
  );
}
