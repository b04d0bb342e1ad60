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
      ['Revenue YTD', 2410652.54],
      ['Cost of sales YTD', -1234.4],
      ['Tyres ΔBU', 0],
      ['Fuel ΔBU', -24191],
      ['Unformatted', 2410652.54],
      ['Goal', 6],
    ],
    numberFormats: [
      ['General', 'mmm yyyy'],
      ['General', '#,##0.00'],
      ['General', '0.0%;-0.0%'],
      ['General', '#,##0;(#,##0);"–"'],
      ['General', '#,##0;(#,##0);"–"'],
      ['General', '+#,##0;-#,##0;"–"'],
      ['General', '#,##0;[Red]-#,##0'],
      ['General', 'General'],
      ['General', '#,##0'],
    ],
  },
  { sheet: 'KPIs', address: 'A1', values: [['KPI', 'Target']] },
];

describe('SheetViewer', () => {
  it('shows each value as its number format says, as Excel would: sections, brackets, decimals, dates, [Red]', () => {
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
    expect(rows[2]).toHaveTextContent('3Rent25,000.50');
    expect(rows[3]).toHaveTextContent('4Rent ΔBU %-5.2%');
    // The "2,410,652.54": the pack's amount format shows whole units, negatives in brackets, zero as a dash.
    expect(rows[4]).toHaveTextContent(/^5Revenue YTD2,410,653$/);
    expect(rows[5]).toHaveTextContent(/^6Cost of sales YTD\(1,234\)$/);
    expect(rows[6]).toHaveTextContent(/^7Tyres ΔBU–$/);
    const red = within(rows[7]).getByText('-24,191');
    expect(red).toHaveStyle({ color: 'rgb(255, 0, 0)' });
    // General shows what Excel's General shows: no grouping, the decimals the value has.
    expect(rows[8]).toHaveTextContent(/^9Unformatted2410652.54$/);
    expect(rows[9]).toHaveTextContent(/^10Goal6$/);
    fireEvent.click(screen.getByRole('tab', { name: 'KPIs' }));
    expect(screen.getByRole('region', { name: 'Cells of KPIs' })).toHaveTextContent('KPITarget');
  });
});
