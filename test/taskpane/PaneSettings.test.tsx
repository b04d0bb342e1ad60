import path from 'path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import type { Grid } from '../../src/engine/grid/Grid';
import { parseSettings, type Settings } from '../../src/engine/settings/Settings';
import { FakeExcel } from '../../src/workbook/fake/FakeExcel';
import { OfficeWorkbook } from '../../src/workbook/office/OfficeWorkbook';
import { readXlsxGrids } from '../../src/workbook/xlsx/readXlsx';
import { Pane } from '../../src/taskpane/Pane';
import type { PaneHost } from '../../src/taskpane/session/PaneHost';
import { inlineRunner } from '../../src/taskpane/worker/AnalysisRunner';
import { openPage } from './openPage';

// The month and the SWOT edits travel with the shared workbook: saved through the Office.js adapter into the strict
// fake Excel, and restored when the pane opens the workbook again (as another director would).

let grids: Grid[];
beforeAll(async () => {
  grids = await readXlsxGrids(path.join(__dirname, '../../examples/sample-ops-review.xlsx'));
});

const host = (fake: FakeExcel): PaneHost => ({
  workbook: new OfficeWorkbook(fake.run),
  runner: inlineRunner(),
  now: () => new Date('2026-07-03T09:00:00Z'),
});

/** The factors of the sample's SWOT sheet (rows 4-15), as the analysis reads them. */
const SAMPLE_FACTORS: [string, 'S' | 'W' | 'O' | 'T', number, number][] = [
  ['Dense regional depot network', 'S', 0.15, 4],
  ['Long-standing retail contracts', 'S', 0.15, 4],
  ['Modern Euro 6 fleet', 'S', 0.1, 3],
  ['Reliance on subcontracted haulage at peak', 'W', 0.2, 1],
  ['Manual warehouse management system', 'W', 0.15, 2],
  ['Driver shortage', 'W', 0.25, 1],
  ['E-commerce fulfilment growth', 'O', 0.2, 3],
  ['Electric vans for urban routes', 'O', 0.1, 2],
  ['Bonded warehousing after customs changes', 'O', 0.1, 3],
  ['Diesel price volatility', 'T', 0.25, 2],
  ['National carriers entering the region', 'T', 0.2, 3],
  ['Minimum wage increase', 'T', 0.15, 2],
];

async function savedSettings(fake: FakeExcel): Promise<Settings> {
  const parsed = parseSettings(await new OfficeWorkbook(fake.run).loadSettings());
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.settings;
}

const efeTotal = (): string | null =>
  within(screen.getByRole('table', { name: 'EFE matrix (opportunities and threats)' }))
    .getByText('Total')
    .closest('tr')!.lastElementChild!.textContent;

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

describe('Pane settings in the workbook', () => {
  it("restores the month and another director's SWOT edits saved in the workbook", async () => {
    const fake = FakeExcel.fromGrids(grids);
    const factors = SAMPLE_FACTORS.map(([factor, category, weight, rating], i) => ({
      factor,
      category,
      weight,
      // The first director rated the e-commerce opportunity 4 instead of the sheet's 3.
      rating: factor === 'E-commerce fulfilment growth' ? 4 : rating,
      sheet: 'SWOT',
      cell: `A${i + 4}`,
    }));
    await new OfficeWorkbook(fake.run).saveSettings({
      version: 1,
      period: '2026-03',
      swot: {
        factors: [
          ...factors,
          {
            factor: 'Tyres (Fleet) consistently favourable',
            category: 'S',
            weight: null,
            rating: 3,
            sheet: 'Actuals FY26',
            cell: 'D15',
          },
        ],
        decided: ['S:Tyres (Fleet) consistently favourable', 'T:Travel (Sales) forecast overspend'],
      },
    });
    render(<Pane host={host(fake)} theme={webLightTheme} notice={null} />);
    await screen.findByRole('heading', { name: 'Data found in the workbook' }, { timeout: 20000 });
    await openPage('Variance');
    expect(await screen.findByRole('heading', { name: 'Variance, Mar 2026' })).toBeInTheDocument();
    await openPage('SWOT');
    // The sample's EFE is 2.50; the saved rating adds 0.20 × (4 − 3) = 0.20, so 2.70.
    expect(efeTotal()).toBe('2.70');
    expect(screen.getByRole('spinbutton', { name: 'Rating of E-commerce fulfilment growth, 1 to 4' })).toHaveValue('4');
    const ife = screen.getByRole('table', { name: 'IFE matrix (strengths and weaknesses)' });
    expect(within(ife).getByText('Tyres (Fleet) consistently favourable')).toBeInTheDocument();
    // Accepted and dismissed suggestions are not offered again.
    expect(screen.queryByText('Travel (Sales) forecast overspend')).toBeNull();
    expect(screen.getAllByText('Tyres (Fleet) consistently favourable')).toHaveLength(1);
  }, 60000);

  it('saves the month and the SWOT edits with the pack, and SWOT edits once the user pauses', async () => {
    const fake = FakeExcel.fromGrids(grids);
    render(<Pane host={host(fake)} theme={webLightTheme} notice={null} />);
    await screen.findByRole('heading', { name: 'Data found in the workbook' }, { timeout: 20000 });
    await openPage('Pack');
    fireEvent.click(screen.getByRole('button', { name: 'Build review pack' }));
    await screen.findByText('Pack written.', undefined, { timeout: 20000 });
    const built = await savedSettings(fake);
    expect(built.period).toBe('2026-06');
    // Nothing was edited, so nothing is saved for the SWOT: a copy of the table's own weights would override any
    // later change the user makes in the SWOT table itself.
    expect(built.swot).toBeNull();
    await openPage('SWOT');
    const rating = screen.getByRole('spinbutton', { name: 'Rating of Driver shortage, 1 to 2' });
    fireEvent.change(rating, { target: { value: '2' } });
    fireEvent.blur(rating);
    await waitFor(
      async () => {
        const saved = await savedSettings(fake);
        expect(saved.swot?.factors.find((f) => f.factor === 'Driver shortage')?.rating).toBe(2);
        expect(
          saved.swot?.factors
            .filter((f) => f.factor !== 'Driver shortage')
            .map((f) => [f.factor, f.category, f.weight, f.rating]),
        ).toEqual(SAMPLE_FACTORS.filter(([factor]) => factor !== 'Driver shortage'));
      },
      { timeout: 8000 },
    );
    // The rest of the settings are kept as they were.
    expect((await savedSettings(fake)).period).toBe('2026-06');
  }, 60000);

  it('says so in words when the SWOT changes cannot be saved', async () => {
    const fake = FakeExcel.fromGrids(grids);
    const base = host(fake);
    // The workbook is protected after the pane opened: reading works, saving the settings fails.
    const failing: PaneHost = {
      ...base,
      workbook: Object.assign(Object.create(base.workbook) as PaneHost['workbook'], {
        saveSettings: () =>
          Promise.reject(Object.assign(new Error('The workbook is protected'), { code: 'AccessDenied' })),
      }),
    };
    render(<Pane host={failing} theme={webLightTheme} notice={null} />);
    await screen.findByRole('heading', { name: 'Data found in the workbook' }, { timeout: 20000 });
    await openPage('SWOT');
    const rating = screen.getByRole('spinbutton', { name: 'Rating of Driver shortage, 1 to 2' });
    fireEvent.change(rating, { target: { value: '2' } });
    fireEvent.blur(rating);
    // (jsdom cannot draw the IE chart, whose frame reports that in an alert of its own.)
    const title = await screen.findByText('Could not save your SWOT changes.', undefined, { timeout: 8000 });
    expect(title.closest('[role="alert"]')).toHaveTextContent(
      'The workbook is protected. The workbook is protected or read-only. Unprotect it, or save a copy you can edit, then try again.',
    );
    // The edit itself stays on the page.
    expect(screen.getByRole('spinbutton', { name: 'Rating of Driver shortage, 1 to 2' })).toHaveValue('2');
  }, 60000);
});
