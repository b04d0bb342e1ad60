import { findBottlenecks } from '../../../src/engine/kpi/findBottlenecks';
import { scoreKpis } from '../../../src/engine/kpi/scoreKpis';
import { BottleneckSchema } from '../../../src/engine/results/AnalysisResult';
import { FY2026, kpi, monthly } from './kpiFixtures';

const noForecast = { forecaster: () => ({ ok: false as const, reason: 'not needed here' }) };

describe('findBottlenecks', () => {
  const { kpis } = scoreKpis(
    [
      // DSO 40 -> 45 over six months: slope +1 day/month on a level of 42.5 -> worsening 1 / 42.5 = 2.35 % a month
      kpi({ name: 'DSO', direction: 'lower', target: 45, values: monthly(2, [40, 41, 42, 43, 44, 45]) }),
      // Yield improving: not a bottleneck
      kpi({ name: 'Yield', target: 95, values: monthly(3, [90, 91, 92, 93, 94, 95]) }),
      // On-time delivery 100 -> 90: slope -2 on a level of 95 -> worsening 2 / 95 = 2.11 % a month
      kpi({ name: 'On-time delivery', target: 95, values: monthly(4, [100, 98, 96, 94, 92, 90]) }),
    ],
    '2026-06',
    FY2026,
    noForecast,
  );
  const lines = [
    // Freight 100 -> 150: slope +10 on a level of 125 -> 8 % a month
    { key: 'Freight|Ops', name: 'Freight', values: [100, 110, 120, 130, 140, 150], source: null },
    // Rent flat
    { key: 'Rent|Ops', name: 'Rent', values: [50, 50, 50, 50, 50, 50], source: null },
  ];

  it('ranks worsening KPIs and cost lines together by rate as a fraction of level', () => {
    const found = findBottlenecks(kpis, lines);
    for (const b of found) expect(BottleneckSchema.safeParse(b).success).toBe(true);
    expect(found.map((b) => [b.kind, b.name])).toEqual([
      ['line', 'Freight'],
      ['kpi', 'DSO'],
      ['kpi', 'On-time delivery'],
    ]);
    expect(found[0].rate).toBeCloseTo(10 / 125, 12);
    expect(found[1].rate).toBeCloseTo(1 / 42.5, 12);
    expect(found[2].rate).toBeCloseTo(2 / 95, 12);
    expect(found[1].text).toBe('DSO is worsening by 2.4 % of its level per period over the last 6 periods.');
    expect(found[0].text).toBe('Freight costs are rising by 8 % of their level per period over the last 6 periods.');
    expect(found[1].source).toEqual({ sheet: 'KPIs', cell: 'A2' });
  });

  it('returns at most `limit`', () => {
    expect(findBottlenecks(kpis, lines, 1).map((b) => b.name)).toEqual(['Freight']);
  });
});
