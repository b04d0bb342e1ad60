import { lazy, useMemo, type ReactNode } from 'react';
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { applySwotEdits, type EditableFactor, suggestionKey, type SwotEdits, type SwotResult } from '../../engine';
import type { SelectCells } from '../session/PaneOperations';
import { ChartFrame } from './ChartFrame';
import { IeMatrix } from './IeMatrix';
import { SwotMatrixTable } from './SwotMatrixTable';
import { SwotSuggestions } from './SwotSuggestions';

export type { SwotEdits } from '../../engine';

const IeChart = lazy(() => import('./IeChart').then((m) => ({ default: m.IeChart })));

const STRATEGY = {
  'grow-and-build': 'Grow and build',
  'hold-and-maintain': 'Hold and maintain',
  'harvest-or-divest': 'Harvest or divest',
} as const;
/** A new factor's starting rating: the "minor" end for strengths and weaknesses, average response otherwise. */
const DEFAULT_RATING = { S: 3, W: 2, O: 2, T: 2 } as const;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  ie: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalL },
});

/** Props of {@link SwotPage}. */
export interface SwotPageProps {
  readonly swot: SwotResult | null;
  readonly edits: SwotEdits;
  readonly onEditsChange: (edits: SwotEdits) => void;
  readonly onSelectCells: SelectCells;
}

/** IFE and EFE matrices with live totals as weights and ratings change, the IE matrix, and suggested factors. */
export function SwotPage({ swot, edits, onEditsChange, onSelectCells }: SwotPageProps): ReactNode {
  const styles = useStyles();
  const rescored = useMemo(() => (swot ? applySwotEdits(swot, edits) : null), [swot, edits]);
  if (!swot || !rescored) return <Text>No SWOT table was found in the workbook.</Text>;
  const indexed = edits.factors.map((factor, index) => ({ index, factor }));
  const edit = (index: number, change: Partial<EditableFactor>): void =>
    onEditsChange({ ...edits, factors: edits.factors.map((f, i) => (i === index ? { ...f, ...change } : f)) });
  const open = rescored.swot.suggestions;
  return (
    <div className={styles.page}>
      <Text as="h2" size={400} weight="semibold">
        SWOT
      </Text>
      <SwotMatrixTable
        title="IFE matrix (strengths and weaknesses)"
        factors={indexed.filter(({ factor }) => factor.category === 'S' || factor.category === 'W')}
        scored={rescored.swot.items}
        total={rescored.ife}
        onEdit={edit}
      />
      <SwotMatrixTable
        title="EFE matrix (opportunities and threats)"
        factors={indexed.filter(({ factor }) => factor.category === 'O' || factor.category === 'T')}
        scored={rescored.swot.items}
        total={rescored.efe}
        onEdit={edit}
      />
      {rescored.diagnostics.map((d, i) => (
        <MessageBar key={i} intent="warning">
          <MessageBarBody>{d.message}</MessageBarBody>
        </MessageBar>
      ))}
      <div className={styles.ie}>
        <IeMatrix current={rescored.swot.ieCell} ife={rescored.swot.ife} efe={rescored.swot.efe} />
        <ChartFrame label="the IE matrix chart">
          <IeChart ife={rescored.swot.ife} efe={rescored.swot.efe} />
        </ChartFrame>
      </div>
      <Text aria-live="polite">
        IE cell {rescored.swot.ieCell}: <strong>{STRATEGY[rescored.swot.strategy]}</strong>.
      </Text>
      <SwotSuggestions
        suggestions={open}
        onSelectCells={onSelectCells}
        onReject={(s) => onEditsChange({ ...edits, decided: [...edits.decided, suggestionKey(s)] })}
        onAccept={(s) =>
          onEditsChange({
            factors: [
              ...edits.factors,
              {
                factor: s.factor,
                category: s.category,
                weight: null,
                rating: DEFAULT_RATING[s.category],
                source: s.cells[0] ?? { sheet: 'SWOT', cell: 'A1' },
              },
            ],
            decided: [...edits.decided, suggestionKey(s)],
          })
        }
      />
    </div>
  );
}
