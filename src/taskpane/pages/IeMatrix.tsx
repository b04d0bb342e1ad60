import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { IE_CELLS, type IeCell, type IeStrategy, strategyFor } from '../../engine';

/** The style of each IE strategy's zone. */
const ZONE: Record<IeStrategy, 'grow' | 'hold' | 'harvest'> = {
  'grow-and-build': 'grow',
  'hold-and-maintain': 'hold',
  'harvest-or-divest': 'harvest',
};

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'auto repeat(3, 1fr)', gap: '2px', maxWidth: '320px' },
  cell: { padding: tokens.spacingVerticalS, textAlign: 'center', border: `1px solid ${tokens.colorNeutralStroke1}` },
  grow: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  hold: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  harvest: { backgroundColor: tokens.colorPaletteRedBackground1 },
  current: { outline: `3px solid ${tokens.colorNeutralForeground1}`, fontWeight: tokens.fontWeightBold },
  axis: { fontSize: tokens.fontSizeBase200, alignSelf: 'center' },
});

/**
 * David's Internal-External matrix: IFE strong/average/weak across, EFE high/medium/low down, the company's cell
 * outlined; zones coloured grow (green), hold (amber) and harvest (red), each also named in words.
 */
export function IeMatrix({
  current,
  ife,
  efe,
}: {
  readonly current: IeCell;
  readonly ife: number;
  readonly efe: number;
}): ReactNode {
  const styles = useStyles();
  const rows = ['High EFE (3-4)', 'Medium EFE (2-2.99)', 'Low EFE (1-1.99)'];
  return (
    <div role="img" aria-label={`IE matrix: cell ${current} (IFE ${ife.toFixed(2)}, EFE ${efe.toFixed(2)})`}>
      <div className={styles.grid} aria-hidden="true">
        <span />
        <span className={styles.axis}>Strong IFE</span>
        <span className={styles.axis}>Average IFE</span>
        <span className={styles.axis}>Weak IFE</span>
        {rows.map((label, r) => [
          <span key={label} className={styles.axis}>
            {label}
          </span>,
          ...IE_CELLS.slice(r * 3, r * 3 + 3).map((cell) => (
            <span
              key={cell}
              className={`${styles.cell} ${styles[ZONE[strategyFor(cell)]]} ${cell === current ? styles.current : ''}`}
            >
              {cell}
              {cell === current ? ' ●' : ''}
            </span>
          )),
        ])}
      </div>
    </div>
  );
}
