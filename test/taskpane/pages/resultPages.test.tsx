import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ForecastPage } from '../../../src/taskpane/pages/ForecastPage';
import { GoalsPage } from '../../../src/taskpane/pages/GoalsPage';
import { KpisPage } from '../../../src/taskpane/pages/KpisPage';
import { analysisResult } from '../../fixtures/analysisResult';

// Charts are lazy and draw with SVG measurements jsdom does not have; these tests check the words and tables, and
// that a chart, whatever it does in jsdom, never takes its page down.
const wrap = (node: ReactNode) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

describe('KpisPage', () => {
  it('shows status in words, the trend and the projection, and selects the KPI cell', () => {
    const onSelectCells = jest.fn();
    wrap(<KpisPage result={analysisResult} onSelectCells={onSelectCells} />);
    const row = screen.getByRole('button', { name: 'Days sales outstanding' }).closest('tr')!;
    expect(row).toHaveTextContent('52 days');
    expect(row).toHaveTextContent('target at most 45 days');
    expect(row).toHaveTextContent('Off target');
    expect(row).toHaveTextContent('↓ worsening');
    expect(screen.getByText('At the current trend, 88 % in June 2026 against 95 %.')).toBeInTheDocument();
    // The statuses come first; the composite 0.93 → 93.0 % after them, with what it weighs.
    expect(screen.getByText(/KPIs off target/)).toHaveTextContent(/^\d+ of \d+ KPIs off target/);
    expect(screen.getByText(/Weighted attainment/)).toHaveTextContent('93.0%');
    expect(screen.getByText(/no KPI counted above 120 %/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Days sales outstanding' }));
    expect(onSelectCells).toHaveBeenCalledWith([{ sheet: 'KPIs', cell: 'D5' }]);
    expect(
      within(screen.getByRole('region', { name: 'Bottlenecks' })).getByText(/worsens by 5.3 %/),
    ).toBeInTheDocument();
  });
});

describe('ForecastPage', () => {
  it('says how the forecast was made in words, with the method and figures one click away', () => {
    wrap(
      <ForecastPage result={analysisResult} budgets={{ 'total:revenue': [{ period: '2026-04', value: 540000 }] }} />,
    );
    expect(screen.getByText(/^Projected from .* months of actuals/)).toBeInTheDocument();
    expect(screen.queryByText(/ets:AAA/)).toBeNull();
    expect(screen.getByText(/28 % smaller than a seasonal naive/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Method and accuracy figures' }));
    expect(screen.getByText('ets:AAA')).toBeInTheDocument();
    expect(screen.getByText('0.72')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Forecast for Total revenue' });
    // The fixture's April 2026 point: mean 524,000 + 2,000 + 30,000 sin(2π·27/12) = 556,000; 80 % ± 18,000; the
    // budget given above beside it.
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Apr 2026556,000540,000538,000 to 574,000');
  });

  it("makes the engine's basis phrase a sentence, and does not contradict its backtest", () => {
    const [first, ...rest] = analysisResult.forecasts;
    const basis = "follows the budget's seasonal shape at 99 % of its level (backtest: 2.4 % mean error)";
    wrap(<ForecastPage result={{ ...analysisResult, forecasts: [{ ...first, basis, accuracy: null }, ...rest] }} />);
    expect(
      screen.getByText("Follows the budget's seasonal shape at 99 % of its level (backtest: 2.4 % mean error)."),
    ).toBeInTheDocument();
    // The basis gives its own backtest: "not enough history to test" beside it would contradict it.
    expect(screen.queryByText(/not enough history to test/)).toBeNull();
  });

  it('explains a line that could not be forecast', () => {
    wrap(<ForecastPage result={analysisResult} />);
    fireEvent.click(screen.getByRole('combobox', { name: 'Line' }));
    fireEvent.click(screen.getByRole('option', { name: 'Raw materials (Operations)' }));
    expect(screen.getByText(/Only 6 months of history/)).toBeInTheDocument();
    expect(screen.getByText('There was not enough history to test this forecast on past months.')).toBeInTheDocument();
  });
});

describe('GoalsPage', () => {
  it('shows phasing and progress to date', () => {
    wrap(<GoalsPage result={analysisResult} />);
    // 1,499,500 achieved of 1,530,000 phased to March: 98.0 %, 30,500 short.
    expect(screen.getByText(/Annual target/)).toHaveTextContent(
      'Annual target $6,120,000, phased evenly; owner CFO. To Mar 2026: $1,499,500 achieved against $1,530,000 due, ' +
        '$30,500 behind target (98.0% attained).',
    );
    const rows = within(screen.getByRole('table', { name: 'Phased targets of Annual revenue' })).getAllByRole('row');
    expect(rows[3]).toHaveTextContent('Mar 2026$510,000$524,000$1,530,000$1,499,500');
  });

  it("takes a goal's actual to date from the P&L line it names when the objectives table has none, as the pack does", () => {
    const phased = (objective: string, monthly: number) => ({
      objective,
      unit: '$',
      owner: null,
      annualTarget: monthly * 12,
      method: 'even' as const,
      periods: Array.from({ length: 12 }, (_, i) => ({
        period: `2026-${String(i + 1).padStart(2, '0')}`,
        target: monthly,
        cumulativeTarget: monthly * (i + 1),
        actual: null,
        cumulativeActual: null,
      })),
      progress: null,
    });
    const result = {
      ...analysisResult,
      goals: [phased('Grow product revenue', 425_000), phased('Hold salaries', 118_000), phased('Open a depot', 1)],
    };
    wrap(<GoalsPage result={result} />);
    // The fixture's YTD actuals to March: Product revenue 1,262,400 against 3 x 425,000 = 1,275,000 due (99.0 %);
    // Salaries 357,000 against 3 x 118,000 = 354,000 (a cost: 354,000 / 357,000 = 99.2 %).
    expect(screen.getByRole('region', { name: 'Grow product revenue' })).toHaveTextContent(
      "To Mar 2026: $1,262,400 achieved against $1,275,000 due, $12,600 behind target (99.0% attained). Actuals are the workbook's Product revenue to date.",
    );
    expect(screen.getByRole('region', { name: 'Hold salaries' })).toHaveTextContent(
      "To Mar 2026: $357,000 spent against $354,000 due, $3,000 over target (99.2% attained). Actuals are the workbook's Salaries to date; it is a cost, so under target is better.",
    );
    expect(screen.getByRole('region', { name: 'Open a depot' })).toHaveTextContent(
      'No actuals in the workbook yet, so only the target is shown.',
    );
    // No monthly actuals: the table shows the phasing only.
    const table = screen.getByRole('table', { name: 'Phased targets of Grow product revenue' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Month', 'Target', 'Target to date']);
  });
});
