import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { DetectedTable } from '../../../src/engine/read/WorkbookRead';
import { DataPage } from '../../../src/taskpane/pages/DataPage';
import { initialChoices, type DataSummary } from '../../../src/taskpane/pages/dataChoices';

const budget: DetectedTable = {
  id: 'Budget!A4:F12',
  sheet: 'Budget',
  range: 'A4:F12',
  tableName: null,
  role: 'finance',
  layout: 'wide',
  scenarios: ['budget'],
  confidence: 0.92,
  reason: 'Account names down column B and one amount column per month.',
  headerRow: 4,
  columns: [
    { index: 0, header: 'Code', role: 'accountCode' },
    { index: 1, header: 'Account', role: 'account' },
    { index: 2, header: 'Region', role: 'dimension' },
    { index: 3, header: 'Jan 2026', role: 'month', period: '2026-01', scenario: 'budget' },
  ],
  periods: ['2026-01'],
  rowsRead: 7,
};

const summary: DataSummary = {
  tables: [budget],
  diagnostics: [
    { severity: 'info', sheet: 'Budget', cell: 'D9', message: 'D9 holds a number stored as text; read as a number.' },
    { severity: 'error', sheet: 'Actuals', cell: 'H7', message: 'H7 shows the Excel error #N/A; it was left out.' },
  ],
  fiscalYear: { startMonth: 1, label: 'FY2026', periods: ['2026-01', '2026-02', '2026-03'] },
  lastActualPeriod: '2026-02',
  accounts: [{ account: 'Rent', type: 'expense', source: { sheet: 'Budget', cell: 'B7' } }],
  mapping: {
    version: 1,
    fiscalYearStartMonth: 1,
    tables: [
      {
        id: 'Budget!A4:F12',
        sheet: 'Budget',
        headerRow: 4,
        role: 'finance',
        columns: [{ index: 2, role: 'dimension' }],
      },
    ],
    accountTypes: { Rent: 'expense' },
  },
};

function renderPage() {
  const onConfirm = jest.fn();
  const onSelectCells = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <DataPage
        summary={summary}
        choices={initialChoices(summary)}
        onConfirm={onConfirm}
        onSelectCells={onSelectCells}
        busy={false}
      />
    </FluentProvider>,
  );
  return { onConfirm, onSelectCells };
}

describe('DataPage', () => {
  it('describes each table with its role, confidence and reason', () => {
    renderPage();
    expect(screen.getByText(/^1 table found; fiscal year FY2026/)).toHaveTextContent(
      'last month with actuals: Feb 2026',
    );
    const header = screen.getByRole('button', { name: /Budget!A4:F12: Budget \/ actuals/ });
    expect(header).toHaveTextContent('92% sure');
    fireEvent.click(header);
    expect(screen.getByText(/Account names down column B/)).toHaveTextContent(
      'Layout: wide; Jan 2026; 7 rows read; scenarios: budget.',
    );
  });

  it('lists errors before notes, and selects a problem cell', () => {
    const { onSelectCells } = renderPage();
    const items = within(screen.getByRole('list', { name: 'Problems found' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Error');
    fireEvent.click(within(items[0]).getByRole('button', { name: 'Actuals!H7' }));
    expect(onSelectCells).toHaveBeenCalledWith([{ sheet: 'Actuals', cell: 'H7' }]);
  });

  it('confirms corrected column roles, account types, fiscal start and period in one mapping', () => {
    const { onConfirm } = renderPage();
    fireEvent.click(screen.getByRole('button', { name: /Budget!A4:F12/ }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Role of Region' }), { target: { value: 'department' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Type of Rent' }), { target: { value: 'revenue' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Fiscal year starts in' }), { target: { value: '4' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Month to review' }), { target: { value: '2026-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm and analyse' }));
    const choices = onConfirm.mock.calls[0][0];
    expect(choices.period).toBe('2026-01');
    expect(choices.mapping.fiscalYearStartMonth).toBe(4);
    expect(choices.mapping.accountTypes).toEqual({ Rent: 'revenue' });
    expect(choices.mapping.tables[0].columns).toEqual([{ index: 2, role: 'department' }]);
  });
});
