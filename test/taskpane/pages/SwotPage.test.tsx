import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SwotPage, type SwotEdits } from '../../../src/taskpane/pages/SwotPage';
import { editableFactors } from '../../../src/engine/swot/swotEdits';
import { analysisResult } from '../../fixtures/analysisResult';

const swot = analysisResult.swot!;

// The IE chart is lazy and cannot load its ESM-only d3 modules in jsdom: its frame reports that in words and the page
// carries on, which is what these tests rely on; the quiet console keeps the expected failure out of the output.
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

function Harness({ onSelectCells = jest.fn() }: { onSelectCells?: jest.Mock }): ReactNode {
  const [edits, setEdits] = useState<SwotEdits>({ factors: editableFactors(swot), decided: [] });
  return (
    <FluentProvider theme={webLightTheme}>
      <SwotPage swot={swot} edits={edits} onEditsChange={setEdits} onSelectCells={onSelectCells} />
    </FluentProvider>
  );
}

const total = (table: string) =>
  within(screen.getByRole('table', { name: table }))
    .getByText('Total')
    .closest('tr')!.lastElementChild!.textContent;

function typeInto(label: string, value: string): void {
  const input = screen.getByRole('spinbutton', { name: label });
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

describe('SwotPage', () => {
  it('shows the IFE and EFE totals and the IE cell', () => {
    render(<Harness />);
    // IFE = 0.3*4 + 0.25*3 + 0.25*2 + 0.2*2 = 1.2 + 0.75 + 0.5 + 0.4 = 2.85
    expect(total('IFE matrix (strengths and weaknesses)')).toBe('2.85');
    // EFE = 0.4*3 + 0.35*2 + 0.25*3 = 1.2 + 0.7 + 0.75 = 2.65 (re-scored from the factors)
    expect(total('EFE matrix (opportunities and threats)')).toBe('2.65');
    // Average IFE (2.00-2.99) and medium EFE (2.00-2.99): cell V, hold and maintain (David's IE matrix).
    expect(screen.getByText(/IE cell V:/)).toHaveTextContent('Hold and maintain');
    // The labelled grid stays for screen readers beside the chart of the same position.
    expect(screen.getByRole('img', { name: 'IE matrix: cell V (IFE 2.85, EFE 2.65)' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'the IE matrix chart' })).toBeInTheDocument();
  });

  it('updates the totals and the strategy live as a rating changes', () => {
    render(<Harness />);
    typeInto('Rating of EU reshoring demand, 1 to 4', '4');
    // EFE = 0.4*4 + 0.7 + 0.75 = 3.05: high EFE with average IFE is cell II, grow and build.
    expect(total('EFE matrix (opportunities and threats)')).toBe('3.05');
    expect(screen.getByText(/IE cell II:/)).toHaveTextContent('Grow and build');
  });

  it('scales weights that no longer add up to 1 and says so', () => {
    render(<Harness />);
    typeInto('Weight of Slow collections', '0.45');
    // Weights now sum to 1.2; sum of weight*rating = 1.2 + 0.75 + 0.9 + 0.4 = 3.25; 3.25 / 1.2 = 2.708 → 2.71.
    expect(total('IFE matrix (strengths and weaknesses)')).toBe('2.71');
    expect(screen.getByText(/The IFE weights add up to 1.2, not 1.00/)).toBeInTheDocument();
  });

  it('adds an accepted suggestion to its matrix and stops offering it', () => {
    render(<Harness />);
    expect(screen.getByText('Rising raw material costs (threat)')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Add Rising raw material costs' }));
    expect(
      within(screen.getByRole('table', { name: 'EFE matrix (opportunities and threats)' })).getByText(
        /Rising raw material costs/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add Rising raw material costs' })).toBeNull();
  });

  it('forgets a dismissed suggestion without adding it', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss Rising raw material costs' }));
    expect(screen.queryByText('Rising raw material costs (threat)')).toBeNull();
    expect(
      within(screen.getByRole('table', { name: 'EFE matrix (opportunities and threats)' })).queryByText(
        /Rising raw material costs/,
      ),
    ).toBeNull();
  });

  it('says so when the workbook has no SWOT', () => {
    render(
      <SwotPage swot={null} edits={{ factors: [], decided: [] }} onEditsChange={jest.fn()} onSelectCells={jest.fn()} />,
    );
    expect(screen.getByText('No SWOT table was found in the workbook.')).toBeInTheDocument();
  });
});
