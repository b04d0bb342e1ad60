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
import { type AnalysisResult, goalProgress, type GoalProgress } from '../../engine';
import { formatCell, formatPct, formatPeriod, formatValue, formatValues, unitHeading } from '../format';
import { ChartFrame } from './ChartFrame';
import { useStackedRows } from './useStackedRows';

const GoalChart = lazy(() => import('./GoalChart').then((m) => ({ default: m.GoalChart })));

const useStyles = makeStyles({ page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL } });
const METHOD = { even: 'evenly', seasonal: 'by season', custom: 'by a custom profile' } as const;

/**
 * Progress to the review month in words, the figures the pack's Goals sheet has: actual against the target due,
 * how far ahead or behind (for a cost goal, over or under), the attainment, and where the actual comes from.
 */
function progressWords({ actual, target, attainment, measure, goal }: GoalProgress, period: string): string {
  if (actual === null || target === null) return 'No actuals in the workbook yet, so only the target is shown.';
  const gap = actual - target;
  const [actualText, targetText, gapText] = formatValues([actual, target, Math.abs(gap)], goal.unit);
  const lower = measure?.lowerIsBetter === true;
  // A gap under the figures' last shown digit would read "$0 behind target".
  const position = !/[1-9]/.test(gapText)
    ? 'on target'
    : `${gapText} ${lower ? (gap > 0 ? 'over' : 'under') : gap > 0 ? 'ahead of' : 'behind'} target`;
  const source =
    measure === null
      ? ''
      : ` Actuals are the workbook's ${measure.account} to date${lower ? '; it is a cost, so under target is better' : ''}.`;
  return (
    `To ${formatPeriod(period)}: ${actualText} ${lower ? 'spent' : 'achieved'} against ${targetText} due, ` +
    `${position}${attainment === null ? '' : ` (${formatPct(attainment)} attained)`}.${source}`
  );
}

function Goal({ progress, period }: { readonly progress: GoalProgress; readonly period: string }): ReactNode {
  const stacked = useStackedRows();
  const goal = progress.goal;
  const unit = unitHeading(goal.unit);
  const cell = (value: number | null): string => (value === null ? '' : formatCell(value, goal.unit));
  // A goal measured by a P&L line has its actual to date only, not month by month: the chart marks that one point.
  const actualToDate = progress.measure && progress.actual !== null ? { period, value: progress.actual } : undefined;
  // Columns of monthly actuals only where the objectives table has them; empty columns would crowd a narrow pane.
  const monthly = goal.periods.some((p) => p.actual !== null);
  return (
    <section aria-label={goal.objective}>
      <Text as="h3" weight="semibold" block>
        {goal.objective}
      </Text>
      <Text as="p" block>
        Annual target {formatValue(goal.annualTarget, goal.unit)}, phased {METHOD[goal.method]}
        {goal.owner ? `; owner ${goal.owner}` : ''}. {progressWords(progress, period)}
      </Text>
      <ChartFrame label={`the progress chart of ${goal.objective}`}>
        <GoalChart goal={goal} actualToDate={actualToDate} />
      </ChartFrame>
      <Table size="small" aria-label={`Phased targets of ${goal.objective}`} className={stacked.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Month</TableHeaderCell>
            <TableHeaderCell>Target{unit}</TableHeaderCell>
            {monthly && <TableHeaderCell>Actual</TableHeaderCell>}
            <TableHeaderCell>Target to date</TableHeaderCell>
            {monthly && <TableHeaderCell>Actual to date</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {goal.periods.map((p) => (
            <TableRow key={p.period}>
              <TableCell>{formatPeriod(p.period)}</TableCell>
              <TableCell>{cell(p.target)}</TableCell>
              {monthly && <TableCell>{cell(p.actual)}</TableCell>}
              <TableCell>{cell(p.cumulativeTarget)}</TableCell>
              {monthly && <TableCell>{cell(p.cumulativeActual)}</TableCell>}
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
      {goalProgress(result).map((progress) => (
        <Goal key={progress.goal.objective} progress={progress} period={result.period} />
      ))}
    </div>
  );
}
