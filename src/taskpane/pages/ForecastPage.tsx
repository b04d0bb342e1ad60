import { lazy, useState, type ReactNode } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Dropdown,
  Field,
  Option,
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
import type { AnalysisResult, ForecastSeries } from '../../engine';
import { formatAmount, formatPeriod } from '../format';
import type { BudgetPoint } from '../worker/forecastBudgets';
import { ChartFrame } from './ChartFrame';
import { forecastAccuracy, forecastBasis } from './forecastWords';
import { useStackedRows } from './useStackedRows';

const ForecastChart = lazy(() => import('./ForecastChart').then((m) => ({ default: m.ForecastChart })));

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  figures: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
});

const ratio = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The method and the back-test figures behind the plain words, for whoever wants them: one click away. */
function MethodDetails({ series }: { readonly series: ForecastSeries }): ReactNode {
  const styles = useStyles();
  const accuracy = series.accuracy;
  const rows: [string, string][] = [['Method', series.method]];
  if (accuracy) {
    rows.push(['MASE', ratio.format(accuracy.mase)]);
    rows.push(['MASE of "same as last year"', ratio.format(accuracy.naiveMase)]);
    rows.push(['sMAPE', `${ratio.format(accuracy.smape)} %`]);
  }
  return (
    <Accordion collapsible>
      <AccordionItem value="method">
        <AccordionHeader size="small">Method and accuracy figures</AccordionHeader>
        <AccordionPanel>
          <dl className={styles.figures}>
            {rows.map(([term, value]) => (
              <div key={term} style={{ display: 'contents' }}>
                <dt className={styles.term}>{term}</dt>
                <dd className={styles.value}>{value}</dd>
              </div>
            ))}
          </dl>
          {accuracy && (
            <Text as="p" size={200}>
              MASE is the average error of past forecasts relative to a naive one (under 1 is better than naive); sMAPE
              is the average error as a percentage.
            </Text>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** Props of {@link ForecastPage}. */
export interface ForecastPageProps {
  readonly result: AnalysisResult;
  /** Each forecast's monthly budget by its key, drawn beside the forecast. */
  readonly budgets?: Readonly<Record<string, readonly BudgetPoint[]>>;
}

/** One forecast at a time: the chart against budget, how it was made and how reliable it was, in words. */
export function ForecastPage({ result, budgets = {} }: ForecastPageProps): ReactNode {
  const styles = useStyles();
  const stacked = useStackedRows();
  const [key, setKey] = useState(result.forecasts[0]?.key);
  const series = result.forecasts.find((s) => s.key === key) ?? result.forecasts[0];
  if (!series) {
    return <Text>No forecast could be made: the workbook needs at least a few months of actuals per line.</Text>;
  }
  const accuracy = forecastAccuracy(series);
  const budget = budgets[series.key] ?? [];
  const budgetAt = new Map(budget.map((b) => [b.period, b.value]));
  const hasBudget = series.points.some((p) => budgetAt.has(p.period));
  return (
    <div className={styles.page}>
      <Text as="h2" size={400} weight="semibold">
        Forecast
      </Text>
      <Field label="Line">
        <Dropdown
          value={series.label}
          selectedOptions={[series.key]}
          onOptionSelect={(_, data) => data.optionValue && setKey(data.optionValue)}
        >
          {result.forecasts.map((s) => (
            <Option key={s.key} value={s.key}>
              {s.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <ChartFrame label="the forecast chart">
        <ForecastChart series={series} budget={budget} />
      </ChartFrame>
      <Text>{forecastBasis(series)}</Text>
      {accuracy !== null && <Text>{accuracy}</Text>}
      <MethodDetails series={series} />
      <Table size="small" aria-label={`Forecast for ${series.label}`} className={stacked.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Month</TableHeaderCell>
            <TableHeaderCell>Forecast</TableHeaderCell>
            {hasBudget && <TableHeaderCell>Budget</TableHeaderCell>}
            <TableHeaderCell>Likely range (80%)</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {series.points.map((p) => (
            <TableRow key={p.period}>
              <TableCell>{formatPeriod(p.period)}</TableCell>
              <TableCell>{formatAmount(p.mean)}</TableCell>
              {hasBudget && (
                <TableCell>{budgetAt.has(p.period) ? formatAmount(budgetAt.get(p.period) ?? 0) : ''}</TableCell>
              )}
              <TableCell>
                {formatAmount(p.lo80)} to {formatAmount(p.hi80)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
