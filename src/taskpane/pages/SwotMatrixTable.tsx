import type { ReactNode } from 'react';
import {
  SpinButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { type EditableFactor, ratingRange, type SwotItem } from '../../engine';
import { useStackedRows } from './useStackedRows';

/** Props of {@link SwotMatrixTable}. */
export interface SwotMatrixTableProps {
  /** "IFE (internal factors)" or "EFE (external factors)". */
  readonly title: string;
  readonly factors: readonly { readonly index: number; readonly factor: EditableFactor }[];
  readonly scored: readonly SwotItem[];
  readonly total: number | null;
  readonly onEdit: (index: number, change: Partial<Pick<EditableFactor, 'weight' | 'rating'>>) => void;
}

const NAMES = { S: 'Strength', W: 'Weakness', O: 'Opportunity', T: 'Threat' } as const;

function spinValue(value: number | null | undefined, displayValue: string | undefined): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const typed = displayValue === undefined ? NaN : Number(displayValue);
  return Number.isFinite(typed) ? typed : null;
}

/** One of David's evaluation matrices with editable weight and rating per factor and the weighted total. */
export function SwotMatrixTable({ title, factors, scored, total, onEdit }: SwotMatrixTableProps): ReactNode {
  const stacked = useStackedRows();
  return (
    <Table size="small" aria-label={title} className={stacked.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Factor</TableHeaderCell>
          <TableHeaderCell>Weight</TableHeaderCell>
          <TableHeaderCell>Rating</TableHeaderCell>
          <TableHeaderCell>Score</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {factors.map(({ index, factor }) => {
          const range = ratingRange(factor.category);
          const score = scored.find((s) => s.factor === factor.factor && s.category === factor.category)?.score;
          return (
            <TableRow key={`${factor.category}:${factor.factor}`}>
              <TableCell>
                {factor.factor} <small>({NAMES[factor.category]})</small>
              </TableCell>
              <TableCell>
                <SpinButton
                  aria-label={`Weight of ${factor.factor}`}
                  value={factor.weight}
                  min={0}
                  max={1}
                  step={0.05}
                  precision={2}
                  onChange={(_, data) => onEdit(index, { weight: spinValue(data.value, data.displayValue) })}
                />
              </TableCell>
              <TableCell>
                <SpinButton
                  aria-label={`Rating of ${factor.factor}, ${range.min} to ${range.max}`}
                  value={factor.rating}
                  min={range.min}
                  max={range.max}
                  step={1}
                  onChange={(_, data) => onEdit(index, { rating: spinValue(data.value, data.displayValue) })}
                />
              </TableCell>
              <TableCell>{score === undefined ? 'n/a' : score.toFixed(2)}</TableCell>
            </TableRow>
          );
        })}
        <TableRow>
          <TableCell>
            <strong>Total</strong>
          </TableCell>
          <TableCell />
          <TableCell />
          <TableCell>
            <strong aria-live="polite">{total === null ? 'n/a' : total.toFixed(2)}</strong>
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
