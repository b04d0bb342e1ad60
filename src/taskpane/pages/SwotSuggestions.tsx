import type { ReactNode } from 'react';
import { Button, Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SwotResult } from '../../engine';
import type { SelectCells } from '../session/PaneOperations';
import { SourceSentence } from './SourceSentence';

type Suggestion = SwotResult['suggestions'][number];

const NAMES = { S: 'strength', W: 'weakness', O: 'opportunity', T: 'threat' } as const;
const useStyles = makeStyles({ list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** Props of {@link SwotSuggestions}. */
export interface SwotSuggestionsProps {
  readonly suggestions: readonly Suggestion[];
  readonly onAccept: (suggestion: Suggestion) => void;
  readonly onReject: (suggestion: Suggestion) => void;
  readonly onSelectCells: SelectCells;
}

/** Factors the figures suggest, each with its evidence and a choice to add it to the SWOT or dismiss it. */
export function SwotSuggestions({ suggestions, onAccept, onReject, onSelectCells }: SwotSuggestionsProps): ReactNode {
  const styles = useStyles();
  if (suggestions.length === 0) return null;
  return (
    <section aria-label="Suggested factors" className={styles.list}>
      <Text as="h3" weight="semibold">
        Suggested from the figures
      </Text>
      {suggestions.map((s) => (
        <Card key={`${s.category}:${s.factor}`} size="small">
          <CardHeader
            header={
              <Text weight="semibold">
                {s.factor} ({NAMES[s.category]})
              </Text>
            }
            description={
              <SourceSentence refs={s.cells} onSelectCells={onSelectCells}>
                {s.evidence}
              </SourceSentence>
            }
            action={
              <span>
                <Button size="small" appearance="primary" onClick={() => onAccept(s)} aria-label={`Add ${s.factor}`}>
                  Add
                </Button>{' '}
                <Button size="small" onClick={() => onReject(s)} aria-label={`Dismiss ${s.factor}`}>
                  Dismiss
                </Button>
              </span>
            }
          />
        </Card>
      ))}
    </section>
  );
}
