import path from 'path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import type { Grid } from '../../src/engine/grid/Grid';
import { FakeExcel } from '../../src/workbook/fake/FakeExcel';
import { OfficeWorkbook } from '../../src/workbook/office/OfficeWorkbook';
import { readXlsxGrids } from '../../src/workbook/xlsx/readXlsx';
import { Pane } from '../../src/taskpane/Pane';
import type { PaneHost } from '../../src/taskpane/session/PaneHost';
import { inlineRunner, type AnalysisRunner } from '../../src/taskpane/worker/AnalysisRunner';
import { openPage } from './openPage';

// The whole pane over the real Office.js adapter and the strict fake Excel, loaded with the sample workbook; the
// analysis runs inline (jsdom has no workers) through the same code the worker runs.

let grids: Grid[];
beforeAll(async () => {
  grids = await readXlsxGrids(path.join(__dirname, '../../examples/sample-ops-review.xlsx'));
});

function hostFor(fake: FakeExcel, runner: AnalysisRunner = inlineRunner()): PaneHost {
  return { workbook: new OfficeWorkbook(fake.run), runner, now: () => new Date('2026-07-03T09:00:00Z') };
}

describe('Pane', () => {
  it('reads the workbook, shows the tables and writes the pack', async () => {
    const fake = FakeExcel.fromGrids(grids);
    render(<Pane host={hostFor(fake)} theme={webLightTheme} notice={null} />);
    await screen.findByRole('heading', { name: 'Data found in the workbook' }, { timeout: 20000 });
    expect(screen.getByText(/^6 tables found/)).toBeInTheDocument();
    await openPage('Pack');
    fireEvent.click(screen.getByRole('button', { name: 'Build review pack' }));
    await screen.findByText('Pack written.', undefined, { timeout: 20000 });
    const names = fake.snapshot().sheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['OR Summary', 'OR Variance', 'OR Forecast', 'OR KPIs', 'OR SWOT', 'OR Goals']),
    );
    // June 2026 result of the sample, summed by hand from its sheets: 186,822 actual against 197,002 budget.
    const summary = fake.snapshot().sheets.find((s) => s.name === 'OR Summary')!;
    expect(summary.values.flat()).toContain(186822);
  }, 60000);

  it('refreshes the pack keeping the commentary typed into it', async () => {
    const fake = FakeExcel.fromGrids(grids);
    render(<Pane host={hostFor(fake)} theme={webLightTheme} notice={null} />);
    await screen.findByRole('heading', { name: 'Data found in the workbook' }, { timeout: 20000 });
    await openPage('Pack');
    fireEvent.click(screen.getByRole('button', { name: 'Build review pack' }));
    await screen.findByText('Pack written.', undefined, { timeout: 20000 });
    // A director types a comment against the first variance line, as in Excel.
    const variance = fake.snapshot().sheets.find((s) => s.name === 'OR Variance')!;
    const header = variance.cells.find((c) => c.value === 'Commentary')!;
    const column = header.address.replace(/\d+$/, '');
    // The first row that is a line (it has a line key): headings and subtotals above it take no commentary.
    const keyHeader = variance.cells.find((c) => c.value === 'Line key')!;
    const keyColumn = keyHeader.address.replace(/\d+$/, '');
    const headerRow = Number(header.address.slice(column.length));
    const lineRow = variance.cells
      .filter((c) => c.address.startsWith(keyColumn) && /^\d+$/.test(c.address.slice(keyColumn.length)))
      .map((c) => ({ row: Number(c.address.slice(keyColumn.length)), value: c.value }))
      .filter((c) => c.row > headerRow && typeof c.value === 'string' && c.value !== '')
      .sort((a, b) => a.row - b.row)[0]!.row;
    const firstLine = `${column}${lineRow}`;
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('OR Variance').getRange(firstLine).values = [
        ['Fuel prices up; hedged from July.'],
      ];
      await context.sync();
    });
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await screen.findByText(/OR Variance \(refreshed\)/, undefined, { timeout: 20000 });
    const refreshed = fake.snapshot().sheets.find((s) => s.name === 'OR Variance')!;
    expect(refreshed.values.flat()).toContain('Fuel prices up; hedged from July.');
  }, 60000);

  it('selects a diagnostic cell in the workbook', async () => {
    const fake = FakeExcel.fromGrids(grids);
    render(<Pane host={hostFor(fake)} theme={webLightTheme} notice={null} />);
    await screen.findByRole('heading', { name: 'Data found in the workbook' }, { timeout: 20000 });
    fireEvent.click(
      within(screen.getByRole('list', { name: 'Problems found' })).getByRole('button', { name: 'Actuals FY26!H7' }),
    );
    await waitFor(() => expect(fake.snapshot().selection).toEqual({ sheet: 'Actuals FY26', address: 'H7' }));
  }, 60000);

  it('cancels a long analysis and says so', async () => {
    const fake = FakeExcel.fromGrids(grids);
    // A runner that only ends when cancelled, standing in for forecasting hundreds of lines.
    const stuck: AnalysisRunner = {
      run: (_request, onProgress, signal) =>
        new Promise((_, reject) => {
          onProgress({ label: 'Analysing 400 lines and forecasting', fraction: 0.35 });
          signal.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    };
    render(<Pane host={hostFor(fake, stuck)} theme={webLightTheme} notice={null} />);
    await screen.findByText('Analysing 400 lines and forecasting', undefined, { timeout: 20000 });
    expect(screen.getByRole('progressbar', { name: 'Analysing 400 lines and forecasting' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByText('Cancelled: read the workbook.');
    expect(screen.queryAllByRole('progressbar')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Cancelled: read the workbook.')).toBeNull();
  }, 60000);

  it('shows a failure in words with what to do next', async () => {
    const fake = FakeExcel.fromGrids(grids);
    const host = hostFor(fake);
    const failing: PaneHost = {
      ...host,
      workbook: Object.assign(Object.create(host.workbook) as PaneHost['workbook'], {
        readGrids: () =>
          Promise.reject(
            Object.assign(new Error('The request payload is too large'), { code: 'RequestPayloadSizeLimitExceeded' }),
          ),
      }),
    };
    render(<Pane host={failing} theme={webLightTheme} notice={null} />);
    const alert = await screen.findByRole('alert', undefined, { timeout: 20000 });
    expect(alert).toHaveTextContent('Could not read the workbook.');
    expect(alert).toHaveTextContent('The request payload is too large. The workbook is too large to send in one go.');
  }, 60000);
});
