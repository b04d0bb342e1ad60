import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { VariancePage } from '../../../src/taskpane/pages/VariancePage';
import { analysisResult } from '../../fixtures/analysisResult';

function renderPage(onSelectCells = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <VariancePage result={analysisResult} onSelectCells={onSelectCells} />
    </FluentProvider>,
  );
  return onSelectCells;
}

const lineNames = () =>
  within(screen.getByRole('grid', { name: 'Variance by line' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(within(row).getAllByRole('gridcell')[0]).getByRole('button').textContent);

describe('VariancePage', () => {
  it('lists material variances first, unfavourable before favourable', () => {
    renderPage();
    // March, from the fixture: Raw materials +17,300 (9.6 %, unfavourable), Service revenue -6,800 (-8.0 %,
    // unfavourable) and Product revenue +25,800 (6.1 %, favourable) are material (>= 5,000 and >= 5 %); then the
    // rest by size: IT software -2,600, Salaries -1,500, Rent 0.
    expect(lineNames()).toEqual([
      'Raw materials',
      'Service revenue',
      'Product revenue',
      'IT software',
      'Salaries',
      'Rent',
    ]);
  });

  it('shows favourable and unfavourable in words as well as colour, and flags material lines', () => {
    renderPage();
    const rows = within(screen.getByRole('grid', { name: 'Variance by line' })).getAllByRole('row');
    // The department beside the account, apart from it: never "Operations Raw materials" as one name.
    expect(rows[1]).toHaveTextContent('Raw materials Operations material');
    expect(rows[4]).not.toHaveTextContent('material');
    expect(rows[1]).toHaveTextContent('+17,300 (+9.6%) (unfavourable)');
    expect(rows[3]).toHaveTextContent('+25,800 (+6.1%) (favourable)');
  });

  it('switches to year to date', () => {
    renderPage();
    fireEvent.click(screen.getByRole('tab', { name: 'Year to date' }));
    // Raw materials YTD: 561,200 - 530,000 = +31,200; 31,200 / 530,000 = 5.9 %.
    expect(within(screen.getByRole('grid', { name: 'Variance by line' })).getAllByRole('row')[1]).toHaveTextContent(
      '+31,200 (+5.9%)',
    );
  });

  it('sorts by a column when its header is clicked', () => {
    renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Actual' }));
    // Ascending March actuals: IT software 9,400 is the smallest.
    expect(lineNames()[0]).toBe('IT software');
  });

  it('selects the source cells of a line and of a narrative sentence', () => {
    const onSelectCells = renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Raw materials' }));
    expect(onSelectCells).toHaveBeenCalledWith([
      { sheet: 'Budget', cell: 'E8' },
      { sheet: 'Actuals', cell: 'E8' },
    ]);
    // The sentence is plain text; the small link after it selects its cells.
    const sentence = screen.getByText(/the largest unfavourable variance/).closest('li');
    expect(within(sentence!).queryByRole('button', { name: /the largest unfavourable variance/ })).toBeNull();
    fireEvent.click(within(sentence!).getByRole('button', { name: 'Select Actuals!E8 in the workbook' }));
    expect(onSelectCells).toHaveBeenLastCalledWith([{ sheet: 'Actuals', cell: 'E8' }]);
  });

  it('shows the roll-up with the total in result terms', () => {
    renderPage();
    const rollup = screen.getByRole('table', { name: 'Variance roll-up' });
    // Result in March: revenue 505,000 budget / 524,000 actual, less expenses 337,000 / 350,200 → 168,000 / 173,800.
    expect(within(rollup).getByText('Result').closest('tr')).toHaveTextContent('168,000173,800+5,800 (+3.5%)');
  });
});
