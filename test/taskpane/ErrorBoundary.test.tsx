import { fireEvent, render, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ErrorBoundary } from '../../src/taskpane/ErrorBoundary';

function Exploding({ fail }: { fail: boolean }): ReactNode {
  if (fail) throw new Error('The Budget table has no period columns.');
  return <p>Variance table</p>;
}

function Harness(): ReactNode {
  const [fail, setFail] = useState(true);
  return (
    <FluentProvider theme={webLightTheme}>
      <button onClick={() => setFail(false)}>fix</button>
      <ErrorBoundary area="the Variance page">
        <Exploding fail={fail} />
      </ErrorBoundary>
    </FluentProvider>
  );
}

describe('ErrorBoundary', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('shows a render failure in words and recovers on "Try again"', () => {
    render(<Harness />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong in the Variance page.');
    expect(alert).toHaveTextContent('The Budget table has no period columns.');
    fireEvent.click(screen.getByRole('button', { name: 'fix' }));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Variance table')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reports the failure to onError', () => {
    const onError = jest.fn();
    render(
      <ErrorBoundary area="the pane" onError={onError}>
        <Exploding fail />
      </ErrorBoundary>,
    );
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'The Budget table has no period columns.' }),
      expect.anything(),
    );
  });
});
