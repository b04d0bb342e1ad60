import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Grid } from '../../../src/engine/grid/Grid';
import { FakeExcel } from '../../../src/workbook/fake/FakeExcel';
import { SheetViewer } from '../../../src/taskpane/preview/SheetViewer';

const grids: Grid[] = [
  {
    sheet: 'Budget',
    address: 'B2',
    values: [
      ['Account', 46023],
      ['Rent', 25000.5],
      ['Rent ΔBU %', -0.0517],
    ],
    numberFormats: [
      ['General', 'mmm yyyy'],
      ['General', '#,##0.00'],
      ['General', '0.0%;-0.0%'],
    ],
  },
  { sheet: 'KPIs', address: 'A1', values: [['KPI', 'Target']] },
];

describe('SheetViewer', () => {
  it('shows a sheet at its address with dates as months, percentages as such and numbers grouped', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SheetViewer snapshot={FakeExcel.fromGrids(grids).snapshot()} />
      </FluentProvider>,
    );
    const cells = screen.getByRole('region', { name: 'Cells of Budget' });
    const rows = within(cells).getAllByRole('row');
    // Columns start at B and rows at 2, as in the sheet; serial 46023 is 1 January 2026 (Excel's 1900 date system).
    expect(rows[0]).toHaveTextContent('#BC');
    expect(rows[1]).toHaveTextContent('2AccountJan 2026');
    expect(rows[2]).toHaveTextContent('3Rent25,000.5');
    expect(rows[3]).toHaveTextContent('4Rent ΔBU %-5.2%');
    fireEvent.click(screen.getByRole('tab', { name: 'KPIs' }));
    expect(screen.getByRole('region', { name: 'Cells of KPIs' })).toHaveTextContent('KPITarget');
  });
});
