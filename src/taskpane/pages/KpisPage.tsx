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
import type { AnalysisResult, KpiResult } from '../../engine';
import type { SelectCells } from '../session/PaneOperations';
import { QualityMark } from './QualityMark';
import { CompositeScore } from './CompositeScore';
import { kpiFigures } from './kpiFigures';
import { SourceLink } from './SourceLink';
import { SourceSentence } from './SourceSentence';
import { useStackedRows } from './useStackedRows';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  note: { display: 'block', margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

const STATUS = {
  green: { color: 'success', word: 'On target' },
  amber: { color: 'warning', word: 'At risk' },
  red: { color: 'danger', word: 'Off target' },
  none: { color: 'informative', word: 'No target' },
} as const;

const TREND = { improving: '↑ improving', worsening: '↓ worsening', flat: '→ flat' } as const;

function KpiRow({ kpi, onSelectCells }: { readonly kpi: KpiResult; readonly onSelectCells: SelectCells }): ReactNode {
  const styles = useStyles();
  const status = STATUS[kpi.status];
  const figures = kpiFigures(kpi);
  return (
    <TableRow>
      <TableCell>
        <SourceLink refs={[kpi.source]} onSelectCells={onSelectCells}>
          {kpi.name}
        </SourceLink>{' '}
        <QualityMark quality={kpi.quality} />
        {kpi.projection && (
          <Text as="p" size={200} className={styles.note}>
            {kpi.projection.text}
          </Text>
        )}
      </TableCell>
      <TableCell>
        {figures.actual}
        <Text as="p" size={200} className={styles.note}>
          {figures.target}
        </Text>
      </TableCell>
      <TableCell>
        <Badge appearance="filled" color={status.color}>
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
  const stacked = useStackedRows();
  if (result.kpis.length === 0) return <Text>No KPI table was found in the workbook.</Text>;
  return (
    <div className={styles.page}>
      <Text as="h2" size={400} weight="semibold">
        KPI scorecard
      </Text>
      <CompositeScore kpis={result.kpis} scorecard={result.scorecard} />
      <Table size="small" aria-label="KPI scorecard" className={stacked.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '40%' }}>KPI and projection</TableHeaderCell>
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
          <ul className={styles.list}>
            {result.bottlenecks.map((b) => (
              <li key={`${b.kind}:${b.name}`}>
                <SourceSentence refs={b.source ? [b.source] : []} onSelectCells={onSelectCells}>
                  {b.text}
                </SourceSentence>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
