import { lazy, type ReactNode } from 'react';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AnalysisResult, GoalResult } from '../../engine';
import { formatCell, formatPct, formatPeriod, formatValue, unitHeading } from '../format';
import { ChartFrame } from './ChartFrame';
import { useStackedRows } from './useStackedRows';

const GoalChart = lazy(() => import('./GoalChart').then((m) => ({ default: m.GoalChart })));

const useStyles = makeStyles({ page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL } });
const METHOD = { even: 'evenly', seasonal: 'by season', custom: 'by a custom profile' } as const;

function Goal({ goal }: { readonly goal: GoalResult }): ReactNode {
  const stacked = useStackedRows();
  const progress = goal.progress;
  const unit = unitHeading(goal.unit);
  const cell = (value: number | null): string => (value === null ? '' : formatCell(value, goal.unit));
  return (
    <section aria-label={goal.objective}>
      <Text as="h3" weight="semibold" block>
        {goal.objective}
      </Text>
      <Text as="p" block>
        Annual target {formatValue(goal.annualTarget, goal.unit)}, phased {METHOD[goal.method]}
        {goal.owner ? `; owner ${goal.owner}` : ''}.{' '}
        {progress
          ? `${formatValue(progress.actualToDate, goal.unit)} achieved against ${formatValue(progress.targetToDate, goal.unit)} to date (${formatPct(progress.attainment)}).`
          : 'No progress has been recorded yet.'}
      </Text>
      <ChartFrame label={`the progress chart of ${goal.objective}`}>
        <GoalChart goal={goal} />
      </ChartFrame>
      <Table size="small" aria-label={`Phased targets of ${goal.objective}`} className={stacked.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Month</TableHeaderCell>
            <TableHeaderCell>Target{unit}</TableHeaderCell>
            <TableHeaderCell>Actual</TableHeaderCell>
            <TableHeaderCell>Target to date</TableHeaderCell>
            <TableHeaderCell>Actual to date</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {goal.periods.map((p) => (
            <TableRow key={p.period}>
              <TableCell>{formatPeriod(p.period)}</TableCell>
              <TableCell>{cell(p.target)}</TableCell>
              <TableCell>{cell(p.actual)}</TableCell>
              <TableCell>{cell(p.cumulativeTarget)}</TableCell>
              <TableCell>{cell(p.cumulativeActual)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/** Each objective's phased targets against progress, as a chart and a table. */
export function GoalsPage({ result }: { readonly result: AnalysisResult }): ReactNode {
  const styles = useStyles();
  if (result.goals.length === 0) return <Text>No objectives table was found in the workbook.</Text>;
  return (
    <div className={styles.page}>
      <Text as="h2" size={400} weight="semibold">
        Goals
      </Text>
      {result.goals.map((goal) => (
        <Goal key={goal.objective} goal={goal} />
      ))}
    </div>
  );
}
