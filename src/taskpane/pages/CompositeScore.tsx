import type { ReactNode } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AnalysisResult, KpiResult } from '../../engine';
import { formatPct } from '../format';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  note: { display: 'block', margin: 0, color: tokens.colorNeutralForeground2 },
});

const WORDS = { red: 'off target', amber: 'at risk', green: 'on target', none: 'without a target' } as const;

/** "3 of 11 KPIs off target, 2 at risk, 6 on target": the statuses a director acts on, worst first. */
export function statusCounts(kpis: readonly KpiResult[]): string {
  const parts = (['red', 'amber', 'green', 'none'] as const)
    .map((status) => ({ status, n: kpis.filter((k) => k.status === status).length }))
    .filter(({ n }) => n > 0)
    .map(({ status, n }, i) => (i === 0 ? `${n} of ${kpis.length} KPIs ${WORDS[status]}` : `${n} ${WORDS[status]}`));
  return `${parts.join(', ')}.`;
}

/** Props of {@link CompositeScore}. */
export interface CompositeScoreProps {
  readonly kpis: readonly KpiResult[];
  readonly scorecard: AnalysisResult['scorecard'];
}

/**
 * The scorecard's headline: how many KPIs are off target and at risk, first; the weighted composite after it, with
 * what it weighs, so 97 % of target on average is never read as "all is well" while KPIs are red.
 */
export function CompositeScore({ kpis, scorecard }: CompositeScoreProps): ReactNode {
  const styles = useStyles();
  return (
    <div className={styles.box}>
      <Text weight="semibold">{statusCounts(kpis)}</Text>
      {scorecard && (
        <>
          <Text>
            Weighted attainment: {formatPct(scorecard.composite)}
            {scorecard.perspectives.length > 0 &&
              ` (${scorecard.perspectives.map((p) => `${p.name} ${formatPct(p.score)}`).join(', ')})`}
          </Text>
          <Text as="p" size={200} className={styles.note}>
            The average of each KPI&apos;s actual as a share of its target, weighted by the KPI weights, with no KPI
            counted above 120 %. KPIs ahead of target make up for those behind it, so read it with the statuses above,
            not instead of them.
          </Text>
        </>
      )}
    </div>
  );
}
