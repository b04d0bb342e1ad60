import { useMemo, useState, type ReactNode } from 'react';
import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AnalysisResult } from '../../engine';
import { formatPeriod } from '../format';
import type { SelectCells } from '../session/PaneOperations';
import { RollupTable } from './RollupTable';
import { SourceSentence } from './SourceSentence';
import { VarianceLinesGrid } from './VarianceLinesGrid';
import { VARIANCE_WINDOWS, orderedRollups, varianceRows, type VarianceWindow } from './varianceRows';

/** Props of {@link VariancePage}. */
export interface VariancePageProps {
  readonly result: AnalysisResult;
  readonly onSelectCells: SelectCells;
}

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  narrative: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Budget against actual: the drafted narrative, the roll-up and every line, material variances first. */
export function VariancePage({ result, onSelectCells }: VariancePageProps): ReactNode {
  const styles = useStyles();
  const [window, setWindow] = useState<VarianceWindow>('month');
  const rows = useMemo(() => varianceRows(result.variance.lines, window), [result, window]);
  const rollups = useMemo(() => orderedRollups(result.variance.rollups), [result]);
  if (result.variance.lines.length === 0) {
    return <Text>No budget or actual lines were found, so there is no variance to show. Check the Data page.</Text>;
  }
  return (
    <div className={styles.page}>
      <Text as="h2" size={400} weight="semibold">
        Variance, {formatPeriod(result.period)}
      </Text>
      {result.variance.narrative.length > 0 && (
        <ul className={styles.narrative} aria-label="Commentary">
          {result.variance.narrative.map((sentence, i) => (
            <li key={i}>
              <SourceSentence refs={sentence.cells} onSelectCells={onSelectCells}>
                {sentence.text}
              </SourceSentence>
            </li>
          ))}
        </ul>
      )}
      <TabList
        selectedValue={window}
        onTabSelect={(_, data) => setWindow(data.value as VarianceWindow)}
        size="small"
        aria-label="Time window"
      >
        {VARIANCE_WINDOWS.map((w) => (
          <Tab key={w.id} value={w.id}>
            {w.label}
          </Tab>
        ))}
      </TabList>
      <RollupTable rollups={rollups} window={window} />
      {result.dataQuality && result.dataQuality.issues.length > 0 && (
        <Text size={200}>⚠ {result.dataQuality.statement}</Text>
      )}
      <VarianceLinesGrid rows={rows} onSelectCells={onSelectCells} />
    </div>
  );
}
