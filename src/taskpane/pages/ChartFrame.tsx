import { Suspense, type ReactNode } from 'react';
import { Spinner } from '@fluentui/react-components';
import { ErrorBoundary } from '../ErrorBoundary';

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps {
  /** What the chart shows, for screen readers and the error message ("the forecast chart"). */
  readonly label: string;
  readonly children: ReactNode;
}

/**
 * Frames a lazily loaded chart: the charting library is fetched on first use (it would double the pane's start-up
 * JavaScript), a spinner shows meanwhile, and a chart failure is reported without taking its page down.
 */
export function ChartFrame({ label, children }: ChartFrameProps): ReactNode {
  return (
    <figure role="group" aria-label={label} style={{ margin: 0 }}>
      <ErrorBoundary area={label}>
        <Suspense fallback={<Spinner size="tiny" label={`Loading ${label}…`} />}>{children}</Suspense>
      </ErrorBoundary>
    </figure>
  );
}
