import type { ReactNode } from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { Rollup } from '../../engine';
import { formatAmount, formatPct, formatSignedAmount } from '../format';
import { ImpactText } from './ImpactText';
import { QualityMark } from './QualityMark';
import { useStackedRows } from './useStackedRows';
import type { VarianceWindow } from './varianceRows';

/** Props of {@link RollupTable}. */
export interface RollupTableProps {
  readonly rollups: readonly Rollup[];
  readonly window: VarianceWindow;
}

/** Totals by type and department for the chosen window; "total" and departments are revenue minus expense. */
export function RollupTable({ rollups, window }: RollupTableProps): ReactNode {
  const stacked = useStackedRows();
  return (
    <Table size="small" aria-label="Variance roll-up" className={stacked.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Roll-up</TableHeaderCell>
          <TableHeaderCell>Budget</TableHeaderCell>
          <TableHeaderCell>Actual</TableHeaderCell>
          <TableHeaderCell>ΔBU</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rollups.map((rollup) => {
          const cell = rollup[window];
          return (
            <TableRow key={`${rollup.by}:${rollup.key}`}>
              <TableCell style={rollup.by === 'total' ? { fontWeight: 600 } : undefined}>
                {rollup.label} <QualityMark quality={rollup.quality} />
              </TableCell>
              <TableCell>{formatAmount(cell.budget)}</TableCell>
              <TableCell>{formatAmount(cell.actual)}</TableCell>
              <TableCell>
                <ImpactText favourable={cell.favourable}>
                  {formatSignedAmount(cell.variance)} ({formatPct(cell.variancePct, true)})
                </ImpactText>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
