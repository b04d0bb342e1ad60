import { readWorkbook } from '../../../src/engine/read/readWorkbook';
import { gridOf } from './gridOf';

describe('readWorkbook on KPI tables', () => {
  const wide = gridOf('Scorecard', [
    ['Monthly KPIs 2026'],
    [],
    ['KPI', 'Owner', 'Unit', 'Direction', 'Target', 'Min', 'Max', 'Green', 'Amber', 'Jan-26', 'Feb-26', 'Mar-26'],
    ['Customer'],
    ['On-time delivery', 'Ops', '%', 'Higher is better', '95%', null, null, 1, 0.9, 0.93, '94.5%', 0.96],
    ['Complaints', 'CS', 'count', '↓', 20, null, null, null, null, 25, 22, 'n/a'],
    ['Operations'],
    ['Overtime hours', 'Fleet', 'hours', 'Range', null, 4, 8, null, null, 9, 7, 6],
    ['Dock-to-stock time', 'Depot', 'hours', null, 4, null, null, null, null, 5, 4.5, 4],
  ]);
  const read = readWorkbook([wide]);

  it('reads each KPI with owner, unit, direction, target and monthly values', () => {
    expect(read.tables[0]).toMatchObject({ role: 'kpi', layout: 'wide', headerRow: 3 });
    expect(read.kpis.map((k) => k.name)).toEqual([
      'On-time delivery',
      'Complaints',
      'Overtime hours',
      'Dock-to-stock time',
    ]);
    const otd = read.kpis[0];
    expect(otd).toMatchObject({ owner: 'Ops', unit: '%', direction: 'higher', target: 0.95, perspective: 'Customer' });
    expect(otd.thresholds).toEqual({ green: 1, amber: 0.9, mode: 'pct' });
    expect(otd.values.map((v) => v.value)).toEqual([0.93, 0.945, 0.96]);
    expect(otd.values[1].source).toEqual({ sheet: 'Scorecard', cell: 'K5' });
  });

  it('reads arrows, ranges (target at the midpoint) and infers a missing direction from the name', () => {
    expect(read.kpis[1].direction).toBe('lower');
    // Range 4..8: midpoint (4 + 8) / 2 = 6.
    expect(read.kpis[2]).toMatchObject({
      direction: 'range',
      targetLow: 4,
      targetHigh: 8,
      target: 6,
      perspective: 'Operations',
    });
    expect(read.kpis[3].direction).toBe('lower');
    expect(read.diagnostics.find((d) => d.code === 'kpi-direction')).toMatchObject({ severity: 'info', cell: 'D9' });
  });

  it('reports a word in a value cell with its address', () => {
    expect(read.diagnostics.find((d) => d.code === 'text-in-number')).toMatchObject({ cell: 'L6', sheet: 'Scorecard' });
    expect(read.kpis[1].values).toHaveLength(2);
  });

  it('reads a long KPI table with per-month targets', () => {
    const long = gridOf('KPI data', [
      ['Metric', 'Month', 'Value', 'Target', 'Better'],
      ['Fleet utilisation', '2026-01', 0.8, 0.85, 'up'],
      ['Fleet utilisation', '2026-02', 0.83, 0.86, 'up'],
    ]);
    const kpi = readWorkbook([long]).kpis[0];
    expect(kpi.direction).toBe('higher');
    expect(kpi.values.map((v) => [v.period, v.value])).toEqual([
      ['2026-01', 0.8],
      ['2026-02', 0.83],
    ]);
    expect(kpi.targets).toEqual([
      { period: '2026-01', value: 0.85 },
      { period: '2026-02', value: 0.86 },
    ]);
  });
});

describe('readWorkbook on SWOT tables', () => {
  it('reads categories in words and letters, weights and ratings', () => {
    const grid = gridOf('SWOT', [
      ['Factor', 'Category', 'Weight', 'Rating', 'Owner', 'Notes'],
      ['Depot network', 'Strength', '40%', 5, 'MD', 'Dense'],
      ['Manual WMS', 'W', 0.3, 3, null, null],
      ['E-commerce', 'opportunities', 0.5, 4, null, null],
      ['Diesel prices', 'T', 0.4, 'high', null, null],
      ['Unclear item', 'Maybe', 0.1, 1, null, null],
    ]);
    const read = readWorkbook([grid]);
    expect(read.tables[0].role).toBe('swot');
    expect(read.swot.map((s) => s.category)).toEqual(['S', 'W', 'O', 'T']);
    expect(read.swot[0]).toMatchObject({
      factor: 'Depot network',
      weight: 0.4,
      rating: 5,
      owner: 'MD',
      notes: 'Dense',
    });
    expect(read.swot[3].rating).toBeNull();
    expect(read.diagnostics.find((d) => d.cell === 'D5')?.code).toBe('text-in-number');
    expect(read.diagnostics.find((d) => d.code === 'swot-category')).toMatchObject({ cell: 'B6' });
  });

  it('reads factors under heading rows and the four-quadrant layout', () => {
    const headed = gridOf('SWOT analysis', [
      ['Item', 'Weight', 'Rating'],
      ['Strengths'],
      ['Depot network', 0.5, 5],
      ['Threats'],
      ['Diesel prices', 0.5, 4],
    ]);
    expect(readWorkbook([headed]).swot.map((s) => [s.factor, s.category])).toEqual([
      ['Depot network', 'S'],
      ['Diesel prices', 'T'],
    ]);
    const quadrants = gridOf('SWOT', [
      ['Strengths', 'Weaknesses', 'Opportunities', 'Threats'],
      ['Depot network', 'Manual WMS', 'E-commerce', 'Diesel prices'],
      ['Retail contracts', null, 'Electric vans', null],
    ]);
    expect(
      readWorkbook([quadrants])
        .swot.map((s) => s.category)
        .join(''),
    ).toBe('SWOTSO');
  });
});

describe('readWorkbook on objectives tables', () => {
  it('reads targets, phasing, references and custom profiles', () => {
    const grid = gridOf('Objectives', [
      ['Objective', 'Annual target', 'Unit', 'Owner', 'Phasing', 'Seasonal reference', 'Profile'],
      ['Grow freight revenue', '$8,400,000', '$', 'CD', 'Seasonal', 'Freight revenue', null],
      ['Safety training', 2400, 'hours', 'HSE', 'Custom', null, '10,10,10,8,8,6,6,8,8,10,10,6'],
      ['Win contracts', 6, 'count', 'CD', 'Straight-line', null, null],
      ['Reduce waste', 'tbd', '%', null, 'Whenever', null, null],
    ]);
    const read = readWorkbook([grid]);
    expect(read.tables[0].role).toBe('objectives');
    expect(read.objectives.map((o) => [o.name, o.annualTarget, o.phasing])).toEqual([
      ['Grow freight revenue', 8_400_000, 'seasonal'],
      ['Safety training', 2400, 'custom'],
      ['Win contracts', 6, 'even'],
    ]);
    expect(read.objectives[0].reference).toBe('Freight revenue');
    expect(read.objectives[1].profile).toEqual([10, 10, 10, 8, 8, 6, 6, 8, 8, 10, 10, 6]);
    expect(read.diagnostics.find((d) => d.cell === 'B5')?.code).toBe('text-in-number');
    expect(read.diagnostics.find((d) => d.code === 'objective-target')).toMatchObject({ cell: 'B5' });
  });
});
