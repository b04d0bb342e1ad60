import type { ReactNode } from 'react';
import {
  Badge,
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
import type { AnalysisResult, KpiResult } from '../../engine/results/AnalysisResult';
import { formatPct, formatValue } from '../format';
import type { SelectCells } from '../session/PaneOperations';
import { QualityMark } from './QualityMark';
import { SourceLink } from './SourceLink';

const useStyles = makeStyles({ page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

const STATUS = {
  green: { color: 'success', word: 'On target' },
  amber: { color: 'warning', word: 'At risk' },
  red: { color: 'danger', word: 'Off target' },
  none: { color: 'informative', word: 'No target' },
} as const;

const TREND = { improving: '↑ improving', worsening: '↓ worsening', flat: '→ flat' } as const;

function KpiRow({ kpi, onSelectCells }: { readonly kpi: KpiResult; readonly onSelectCells: SelectCells }): ReactNode {
  const status = STATUS[kpi.status];
  return (
    <TableRow>
      <TableCell>
        <SourceLink refs={[kpi.source]} onSelectCells={onSelectCells}>
          {kpi.name}
        </SourceLink>{' '}
        <QualityMark quality={kpi.quality} />
        {kpi.projection && (
          <Text as="p" size={200} style={{ margin: 0 }}>
            {kpi.projection.text}
          </Text>
        )}
      </TableCell>
      <TableCell>
        {formatValue(kpi.actual, kpi.unit)}
        <Text as="p" size={200} style={{ margin: 0 }}>
          target {formatValue(kpi.target, kpi.unit)}
        </Text>
      </TableCell>
      <TableCell>
        <Badge appearance="filled" color={status.color} style={{ whiteSpace: 'nowrap' }}>
          {status.word}
        </Badge>
      </TableCell>
      <TableCell>{kpi.trend ? TREND[kpi.trend.direction] : 'too little history'}</TableCell>
    </TableRow>
  );
}

/** Props of {@link KpisPage}. */
export interface KpisPageProps {
  readonly result: AnalysisResult;
  readonly onSelectCells: SelectCells;
}

/** The KPI scorecard: status in colour and words, trend, where the trend leads, and the bottlenecks to act on. */
export function KpisPage({ result, onSelectCells }: KpisPageProps): ReactNode {
  const styles = useStyles();
  if (result.kpis.length === 0) return <Text>No KPI table was found in the workbook.</Text>;
  return (
    <div className={styles.page}>
      <Text as="h2" size={400} weight="semibold">
        KPI scorecard
      </Text>
      {result.scorecard && (
        <Text>
          Composite score: <strong>{formatPct(result.scorecard.composite)}</strong>
          {result.scorecard.perspectives.length > 0 &&
            ` (${result.scorecard.perspectives.map((p) => `${p.name} ${formatPct(p.score)}`).join(', ')})`}
        </Text>
      )}
      <Table size="small" aria-label="KPI scorecard">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '45%' }}>KPI and projection</TableHeaderCell>
            <TableHeaderCell>Actual</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Trend</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.kpis.map((kpi) => (
            <KpiRow key={kpi.name} kpi={kpi} onSelectCells={onSelectCells} />
          ))}
        </TableBody>
      </Table>
      {result.bottlenecks.length > 0 && (
        <section aria-label="Bottlenecks">
          <Text as="h3" weight="semibold">
            Bottlenecks
          </Text>
          <ul>
            {result.bottlenecks.map((b) => (
              <li key={`${b.kind}:${b.name}`}>
                <SourceLink refs={b.source ? [b.source] : []} onSelectCells={onSelectCells}>
                  {b.text}
                </SourceLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
