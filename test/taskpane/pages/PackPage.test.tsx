import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PACK_SHEET_KEYS } from '../../../src/engine/pack/Pack';
import { PackPage, type PackPageProps } from '../../../src/taskpane/pages/PackPage';

function renderPage(overrides: Partial<PackPageProps> = {}) {
  const props: PackPageProps = {
    periods: ['2026-04', '2026-05', '2026-06'],
    period: '2026-06',
    initialSheets: PACK_SHEET_KEYS,
    busy: false,
    onBuild: jest.fn(),
    onRefresh: jest.fn(),
    report: null,
    ...overrides,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <PackPage {...props} />
    </FluentProvider>,
  );
  return props;
}

describe('PackPage', () => {
  it('builds the chosen month with the chosen sheets, in pack order', () => {
    const { onBuild } = renderPage();
    fireEvent.change(screen.getByRole('combobox', { name: 'Month' }), { target: { value: '2026-05' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Forecast' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'SWOT' }));
    fireEvent.click(screen.getByRole('button', { name: 'Build review pack' }));
    expect(onBuild).toHaveBeenCalledWith({ period: '2026-05', sheets: ['summary', 'variance', 'kpis', 'goals'] });
  });

  it('refreshes with the chosen sheets', () => {
    const { onRefresh } = renderPage({ initialSheets: ['summary'] });
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    // The pack keeps its month: Refresh rewrites the month chosen, it does not move to the latest one.
    expect(onRefresh).toHaveBeenCalledWith({ period: '2026-06', sheets: ['summary'] });
  });

  it('cannot build with no sheet or while busy', () => {
    renderPage({ initialSheets: [] });
    expect(screen.getByRole('button', { name: 'Build review pack' })).toBeDisabled();
    expect(screen.getByText('Choose at least one sheet.')).toBeInTheDocument();
  });

  it('reports what was written, renamed sheets included', () => {
    renderPage({
      report: {
        sheets: [
          { name: 'OR Summary', created: false },
          { name: 'OR Variance (2)', created: true, wanted: 'OR Variance' },
        ],
        messages: ['Your sheet "OR Variance" was left alone; the pack wrote "OR Variance (2)".'],
      },
    });
    expect(screen.getByText('Pack written.').parentElement).toHaveTextContent(
      'OR Summary (refreshed), OR Variance (2) (new).Your sheet "OR Variance" was left alone',
    );
  });
});
