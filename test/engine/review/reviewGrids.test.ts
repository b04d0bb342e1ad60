import { readFileSync } from 'fs';
import { join } from 'path';
import type { Grid } from '../../../src/engine/grid/Grid';
import * as fingerprint from '../../../src/engine/pack/fingerprint';
import { packFor } from '../../../src/engine/review/packFor';
import { reviewGrids } from '../../../src/engine/review/reviewGrids';
import { swotToSettings } from '../../../src/engine/settings/savedSwot';
import { defaultSettings } from '../../../src/engine/settings/Settings';
import { ratingRange } from '../../../src/engine/swot/ratingRange';
import { editableFactors } from '../../../src/engine/swot/swotEdits';
import { readXlsxSheets, userGrids } from '../../../src/workbook/xlsx/readXlsx';

const SAMPLE = join(__dirname, '..', '..', '..', 'examples', 'sample-ops-review.xlsx');
let grids: Grid[] = [];
beforeAll(async () => {
  grids = userGrids(await readXlsxSheets(new Uint8Array(readFileSync(SAMPLE))));
});

describe('reviewGrids on the sample workbook', () => {
  it('applies the SWOT edits saved in settings, as the pane does', () => {
    const plain = reviewGrids(grids, defaultSettings(), { period: '2026-06' });
    const base = plain.analysedSwot;
    if (!base) throw new Error('the sample has a SWOT table');
    // The first factor's rating moved to the other end of its category's range (ratings outside it are clamped).
    const factors = editableFactors(base).map((f, i) => {
      const { min, max } = ratingRange(f.category);
      return i === 0 ? { ...f, rating: f.rating === max ? min : max } : f;
    });
    const settings = { ...defaultSettings(), swot: swotToSettings({ factors, decided: [] }) };
    const edited = reviewGrids(grids, settings, { period: '2026-06' });
    expect(edited.analysedSwot).toEqual(base);
    expect(edited.result.swot?.items[0].rating).toBe(factors[0].rating);
    expect(edited.result.swot?.ife).not.toBe(base.ife);
    const swotSheet = packFor(edited, settings, { generatedAt: '2026-07-03T09:15:00Z' }).sheets.find(
      (s) => s.key === 'swot',
    );
    expect(JSON.stringify(swotSheet)).toContain(String(edited.result.swot?.ife.toFixed(2)));
  });

  it('sets saved edits aside, and says so, when the SWOT table has other factors now', () => {
    const stale = {
      factors: [
        {
          factor: 'A factor no longer in the table',
          category: 'S' as const,
          weight: 1,
          rating: 4,
          sheet: 'SWOT',
          cell: 'A2',
        },
      ],
      decided: [],
    };
    const review = reviewGrids(grids, { ...defaultSettings(), swot: stale }, { period: '2026-06' });
    expect(review.result.swot).toEqual(review.analysedSwot);
    expect(review.result.diagnostics.map((d) => d.code)).toContain('swot-edits-set-aside');
  });

  it('takes the request over the saved settings', () => {
    const settings = { ...defaultSettings(), thresholds: { threshold: 0.5, absoluteThreshold: 0 } };
    const material = (threshold?: number) =>
      reviewGrids(grids, settings, threshold === undefined ? {} : { threshold }).result.variance.lines.filter(
        (l) => l.ytd.material,
      ).length;
    expect(material(0.05)).toBeGreaterThan(material());
  });
});

describe('reviewGrids: what only a pack needs', () => {
  afterEach(() => jest.restoreAllMocks());

  it('fingerprints the grids when the sources are first asked for, once, and a copy of the review carries them', () => {
    const made = jest.spyOn(fingerprint, 'fingerprintGrid');
    const review = reviewGrids(grids, defaultSettings(), { period: '2026-06' });
    // `ops-review analyze` prints no fingerprints: a review it never asks has hashed no cell.
    expect(made).not.toHaveBeenCalled();
    const sources = review.sources;
    expect(made).toHaveBeenCalledTimes(grids.length);
    expect(review.sources).toBe(sources);
    expect({ ...review }.sources).toBe(sources);
    expect(made).toHaveBeenCalledTimes(grids.length);
    made.mockRestore();
    expect(sources).toEqual(grids.map((grid) => fingerprint.fingerprintGrid(grid)));
  });
});

describe('reviewGrids: progress', () => {
  it('counts the lines to analyse as the distinct accounts and departments read', () => {
    const labels: string[] = [];
    const review = reviewGrids(grids, defaultSettings(), { period: '2026-06' }, (p) => labels.push(p.label));
    const lines = new Set(review.read.facts.map((f) => `${f.account}|${f.department ?? ''}`)).size;
    // The sample's budget, actuals and prior year repeat the same lines: far fewer lines than facts.
    expect(lines).toBeLessThan(review.read.facts.length / 6);
    expect(labels).toContain(`Analysing ${lines} lines and forecasting`);
  });

  it('counts an account in two departments, one row after the other, as two lines', () => {
    const budget: Grid = {
      sheet: 'Budget',
      address: 'A1',
      values: [
        ['Account', 'Department', 'Jan-26', 'Feb-26', 'Mar-26'],
        ['Travel', 'Sales', 4200, 3900, 4100],
        ['Travel', 'Marketing', 2600, 2800, 2500],
        ['Software', 'Marketing', 1200, 1200, 1200],
      ],
    };
    const labels: string[] = [];
    reviewGrids([budget], defaultSettings(), {}, (p) => labels.push(p.label));
    expect(labels).toContain('Analysing 3 lines and forecasting');
  });
});
