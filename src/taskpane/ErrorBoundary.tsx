import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** Props of {@link ErrorBoundary}. */
export interface ErrorBoundaryProps {
  /** What the boundary guards, named in the message ("the Variance page"). */
  readonly area: string;
  readonly children: ReactNode;
  /** Told about every caught failure, e.g. to log it; the user sees it in the pane either way. */
  readonly onError?: (error: Error, info: ErrorInfo) => void;
}

interface ErrorBoundaryState {
  readonly error: Error | null;
}

/**
 * Catches a rendering failure of its children and shows it in words in a Fluent MessageBar, with a way to try
 * again, so a bug in one page never leaves a blank pane and a message only in the console.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  private readonly retry = (): void => this.setState({ error: null });

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Something went wrong in {this.props.area}.</MessageBarTitle>
          {error.message || 'An unexpected error occurred.'} Try again; if it keeps happening, close and reopen the
          add-in.
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={this.retry}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
