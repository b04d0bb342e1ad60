import type { ReactNode } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { PaneError } from './session/describeError';
import type { Busy } from './session/sessionState';

/** Props of {@link StatusArea}. */
export interface StatusAreaProps {
  readonly busy: Busy | null;
  readonly error: PaneError | null;
  readonly notices: readonly string[];
  readonly onCancel: () => void;
  readonly onDismissError: () => void;
  readonly onDismissNotice: (index: number) => void;
}

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  busy: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  bar: { flexGrow: 1 },
});

/**
 * The pane's status: a progress bar with the step in words (announced politely to screen readers) and Cancel when the
 * step can stop; failures as an alert with what to do next; other notices as information.
 */
export function StatusArea({
  busy,
  error,
  notices,
  onCancel,
  onDismissError,
  onDismissNotice,
}: StatusAreaProps): ReactNode {
  const styles = useStyles();
  return (
    <div className={styles.area}>
      <div aria-live="polite" role="status">
        {busy && (
          <div className={styles.busy}>
            <Field className={styles.bar} validationMessage={busy.label} validationState="none">
              <ProgressBar value={busy.fraction ?? undefined} thickness="large" aria-label={busy.label} />
            </Field>
            {busy.cancellable && <Button onClick={onCancel}>Cancel</Button>}
          </div>
        )}
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{error.title}</MessageBarTitle>
            {error.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onDismissError}>Dismiss</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notices.map((notice, i) => (
        <MessageBar key={i} intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => onDismissNotice(i)}>Dismiss</Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
