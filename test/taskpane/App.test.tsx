import { fireEvent, render, screen } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { App, type PaneDefinition } from '../../src/taskpane/App';

function Broken(): ReactNode {
  throw new Error('Forecast model failed to load.');
}

const pages: PaneDefinition[] = [
  { id: 'data', label: 'Data', render: () => <p>Tables found</p> },
  { id: 'forecast', label: 'Forecast', render: () => <Broken /> },
  { id: 'pack', label: 'Pack', enabled: false, render: () => <p>Pack builder</p> },
];

describe('App shell', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('renders the header, the notice and an empty navigation before pages exist', () => {
    render(
      <App theme={webLightTheme} notice="office.js could not be loaded, so the pane runs as a preview." pages={[]} />,
    );
    expect(screen.getByRole('heading', { name: 'Ops Review' })).toBeInTheDocument();
    expect(screen.getByText(/runs as a preview/)).toBeInTheDocument();
    expect(screen.getByRole('tablist', { name: 'Pages' })).toBeEmptyDOMElement();
    expect(screen.getByText(/Open a workbook/)).toBeInTheDocument();
  });

  it('switches pages from the tab list and keeps a failing page contained', () => {
    render(<App theme={webLightTheme} notice={null} pages={pages} />);
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Tables found');
    fireEvent.click(screen.getByRole('tab', { name: 'Forecast' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong in the Forecast page.');
    expect(screen.getByRole('alert')).toHaveTextContent('Forecast model failed to load.');
    fireEvent.click(screen.getByRole('tab', { name: 'Data' }));
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Tables found');
    expect(screen.getByRole('tab', { name: 'Pack' })).toBeDisabled();
  });
});
