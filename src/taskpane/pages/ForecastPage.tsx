import { lazy, useState, type ReactNode } from 'react';
import {
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
import type { AnalysisResult } from '../../engine/results/AnalysisResult';
import { formatAmount, formatPeriod } from '../format';
import { ChartFrame } from './ChartFrame';

const ForecastChart = lazy(() => import('./ForecastChart').then((m) => ({ default: m.ForecastChart })));

const useStyles = makeStyles({ page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** Props of {@link ForecastPage}. */
export interface ForecastPageProps {
  readonly result: AnalysisResult;
}

/** One forecast at a time: the chart with its interval, the chosen model and its back-test accuracy in words. */
export function ForecastPage({ result }: ForecastPageProps): ReactNode {
  const styles = useStyles();
  const [key, setKey] = useState(result.forecasts[0]?.key);
  const series = result.forecasts.find((s) => s.key === key) ?? result.forecasts[0];
  if (!series) {
    return <Text>No forecast could be made: the workbook needs at least a few months of actuals per line.</Text>;
  }
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
        <ForecastChart series={series} />
      </ChartFrame>
      <Text>
        Model: <strong>{series.method}</strong>
        {series.reason ? `. ${series.reason}` : ''}
      </Text>
      <Text>{series.accuracy ? series.accuracy.text : 'There was not enough history to back-test this forecast.'}</Text>
      <Table size="small" aria-label={`Forecast for ${series.label}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Month</TableHeaderCell>
            <TableHeaderCell>Forecast</TableHeaderCell>
            <TableHeaderCell>80% range</TableHeaderCell>
            <TableHeaderCell>95% range</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {series.points.map((p) => (
            <TableRow key={p.period}>
              <TableCell>{formatPeriod(p.period)}</TableCell>
              <TableCell>{formatAmount(p.mean)}</TableCell>
              <TableCell>
                {formatAmount(p.lo80)} to {formatAmount(p.hi80)}
              </TableCell>
              <TableCell>
                {formatAmount(p.lo95)} to {formatAmount(p.hi95)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
