import type { Grid } from '../../../src/engine/grid/Grid';
import { layoutRangeValues } from '../../../src/engine/pack/layoutRangeValues';
import { layoutRunLog, readPackRegister, RUN_LOG_SHEET } from '../../../src/engine/pack/runLogSheet';
import type { LayoutValue } from '../../../src/engine/pack/SheetLayout';

const runLog = {
  generatedAt: '2026-04-03T09:15:00.000Z',
  period: '2026-03',
  settingsVersion: 1,
  author: 'J. Smith',
  sources: [{ source: 'Budget', fingerprint: '0123456789abcdef', rows: 14, columns: 16 }],
};
const plain = (v: LayoutValue) => (v !== null && typeof v === 'object' ? v.text : v);

describe('the run log sheet', () => {
  const layout = layoutRunLog(runLog, [
    { key: 'summary', name: 'OR Summary (2)' },
    { key: 'variance', name: 'OR Variance' },
  ]);

  it('is very hidden and lists the pack sheets, the run and the source fingerprints', () => {
    expect(layout).toMatchObject({ name: RUN_LOG_SHEET, visibility: 'veryHidden' });
    expect(layoutRangeValues(layout, 'A1:A16').map(plain)).toEqual([
      'Pack sheets',
      'Key',
      'summary',
      'variance',
      null,
      'Run',
      'Generated at',
      'Period',
      'Settings version',
      'Author',
      null,
      'Sources',
      'Source',
      'Budget',
      null,
      null,
    ]);
    expect(layoutRangeValues(layout, 'B14:D14').map(plain)).toEqual(['0123456789abcdef', 14, 16]);
  });

  it('reads its own register back', () => {
    const rows: Grid['values'] = Array.from({ length: 16 }, (_, r) =>
      layoutRangeValues(layout, `A${r + 1}:B${r + 1}`).map(plain),
    );
    expect(readPackRegister({ sheet: RUN_LOG_SHEET, address: 'A1', values: rows })).toEqual([
      { key: 'summary', name: 'OR Summary (2)' },
      { key: 'variance', name: 'OR Variance' },
    ]);
  });

  it('ignores unknown keys and blank names in a damaged register', () => {
    const grid: Grid = {
      sheet: RUN_LOG_SHEET,
      address: 'A1',
      values: [['Pack sheets'], ['Key', 'Sheet'], ['hacked', 'Budget'], ['goals', '  '], ['kpis', 'OR KPIs']],
    };
    expect(readPackRegister(grid)).toEqual([{ key: 'kpis', name: 'OR KPIs' }]);
  });
});
