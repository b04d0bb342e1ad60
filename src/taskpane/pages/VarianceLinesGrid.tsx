import type { ReactNode } from 'react';
import {
  Badge,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  createTableColumn,
  makeStyles,
  tokens,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { formatAmount, formatPct, formatSignedAmount } from '../format';
import type { SelectCells } from '../session/PaneOperations';
import { ImpactText } from './ImpactText';
import { QualityMark } from './QualityMark';
import { SourceLink } from './SourceLink';
import { useStackedRows } from './useStackedRows';
import type { VarianceRow } from './varianceRows';

const useStyles = makeStyles({
  // The department beside the account, quieter, so "Fuel surcharge income  Road Freight" never reads as one name.
  department: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const byNumber = (pick: (row: VarianceRow) => number) => (a: VarianceRow, b: VarianceRow) => pick(a) - pick(b);

function columns(
  onSelectCells: SelectCells,
  styles: ReturnType<typeof useStyles>,
): TableColumnDefinition<VarianceRow>[] {
  return [
    createTableColumn<VarianceRow>({
      columnId: 'account',
      compare: (a, b) => a.line.account.localeCompare(b.line.account),
      renderHeaderCell: () => 'Line',
      renderCell: ({ line, cell }) => (
        <span>
          <SourceLink refs={line.sources} onSelectCells={onSelectCells}>
            {line.account}
          </SourceLink>
          {line.department && <span className={styles.department}> {line.department}</span>}{' '}
          {cell.material && (
            <Badge appearance="tint" color={cell.favourable ? 'success' : 'danger'}>
              material
            </Badge>
          )}
          {line.unbudgeted && <Badge appearance="outline">no budget</Badge>}
          <QualityMark quality={line.quality} />
        </span>
      ),
    }),
    createTableColumn<VarianceRow>({
      columnId: 'budget',
      compare: byNumber((r) => r.cell.budget),
      renderHeaderCell: () => 'Budget',
      renderCell: ({ cell }) => formatAmount(cell.budget),
    }),
    createTableColumn<VarianceRow>({
      columnId: 'actual',
      compare: byNumber((r) => r.cell.actual),
      renderHeaderCell: () => 'Actual',
      renderCell: ({ cell }) => formatAmount(cell.actual),
    }),
    createTableColumn<VarianceRow>({
      columnId: 'variance',
      compare: byNumber((r) => r.cell.variance),
      renderHeaderCell: () => 'ΔBU',
      renderCell: ({ cell }) => (
        <ImpactText favourable={cell.favourable}>
          {formatSignedAmount(cell.variance)} ({formatPct(cell.variancePct, true)})
        </ImpactText>
      ),
    }),
  ];
}

/** Props of {@link VarianceLinesGrid}. */
export interface VarianceLinesGridProps {
  readonly rows: readonly VarianceRow[];
  readonly onSelectCells: SelectCells;
}

/** The variance lines as a sortable, keyboard-navigable grid; the Line cell selects the line's source cells. */
export function VarianceLinesGrid({ rows, onSelectCells }: VarianceLinesGridProps): ReactNode {
  const styles = useStyles();
  const stacked = useStackedRows();
  return (
    <DataGrid
      className={stacked.table}
      items={[...rows]}
      columns={columns(onSelectCells, styles)}
      sortable
      focusMode="composite"
      getRowId={(row: VarianceRow) => row.line.key}
      size="small"
      aria-label="Variance by line"
    >
      <DataGridHeader>
        <DataGridRow>
          {({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<VarianceRow>>
        {({ item, rowId }) => (
          <DataGridRow<VarianceRow> key={rowId}>
            {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}
