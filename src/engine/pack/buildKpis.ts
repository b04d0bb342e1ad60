/** The KPIs sheet: the scorecard with status, trend and projection, attainment as a chart, and the bottlenecks. */
import type { AnalysisResult, KpiResult } from '../results/AnalysisResult';
import { COLOURS } from './ibcsColours';
import type { ChartBlock, PackBlock, TableBlock } from './Pack';
import { PERCENT_FORMAT, quantityFormat } from './numberFormats';

const STATUS_COLOUR: Record<KpiResult['status'], string> = {
  green: COLOURS.good,
  amber: COLOURS.amber,
  red: COLOURS.bad,
  none: COLOURS.muted,
};

/** KPI values in their unit: fractions as percentages when the unit is "%", plain quantities otherwise. */
export function kpiValueFormat(kpi: Pick<KpiResult, 'unit' | 'target' | 'actual'>): string {
  return kpi.unit?.trim() === '%' ? PERCENT_FORMAT : quantityFormat([kpi.target, kpi.actual]);
}

function scorecardTable(kpis: readonly KpiResult[]): TableBlock {
  return {
    kind: 'table',
    id: 'kpi-scorecard',
    heading: 'KPI scorecard',
    columns: [
      { key: 'kpi', header: 'KPI', kind: 'text', width: 30, wrap: true },
      { key: 'perspective', header: 'Perspective', kind: 'text', width: 11 },
      { key: 'owner', header: 'Owner', kind: 'text', width: 16 },
      { key: 'unit', header: 'Unit', kind: 'text', width: 6 },
      { key: 'target', header: 'Target', kind: 'number', width: 9 },
      { key: 'actual', header: `Actual`, kind: 'number', width: 9 },
      { key: 'attainment', header: 'Attainment', kind: 'percent', width: 11 },
      { key: 'status', header: 'Status', kind: 'flag', width: 7 },
      { key: 'trend', header: 'Trend', kind: 'text', width: 10 },
      { key: 'offTarget', header: 'Months off target', kind: 'number', width: 8 },
      { key: 'projection', header: 'Projection', kind: 'text', width: 44, wrap: true },
    ],
    rows: kpis.map((k) => ({
      numberFormats: { target: kpiValueFormat(k), actual: kpiValueFormat(k), offTarget: '0' },
      values: {
        kpi: k.name,
        perspective: k.perspective,
        owner: k.owner,
        unit: k.unit,
        target: k.target,
        actual: k.actual,
        attainment: k.attainment,
        status: k.status === 'none' ? null : k.status,
        trend: k.trend?.direction ?? null,
        offTarget: k.periodsOffTarget,
        projection: k.projection?.text ?? null,
      },
    })),
    conditionalFormats: [
      { column: 'status', rule: 'status-traffic-light' },
      { column: 'attainment', rule: 'data-bar' },
    ],
    emptyText: 'No KPI table was found in the workbook.',
  };
}

/** Attainment of each KPI as bars coloured by status, so the red ones stand out. */
function attainmentChart(kpis: readonly KpiResult[]): ChartBlock | null {
  const scored = kpis.filter((k) => k.attainment !== null);
  if (scored.length === 0) return null;
  return {
    kind: 'chart',
    id: 'chart-kpi-attainment',
    spec: {
      type: 'bar',
      title: 'KPI attainment (100 % = on target)',
      categoryHeader: 'KPI',
      categories: scored.map((k) => k.name),
      series: [
        {
          name: 'Attainment',
          values: scored.map((k) => k.attainment),
          role: 'neutral',
          plotAs: 'bar',
          colour: COLOURS.neutral,
          pointColours: scored.map((k) => STATUS_COLOUR[k.status]),
        },
      ],
      valueFormat: PERCENT_FORMAT,
    },
  };
}

/** The KPIs sheet's blocks after its title. */
export function kpiBlocks(result: AnalysisResult): PackBlock[] {
  const blocks: PackBlock[] = [scorecardTable(result.kpis)];
  if (result.scorecard) {
    const composite = result.scorecard.composite;
    const perspectives = result.scorecard.perspectives.map(
      (p) =>
        `${p.name}: ${p.score === null ? 'not scored' : `${Math.round(p.score * 100)} %`} (weight ${Math.round(p.weight * 1000) / 10} %)`,
    );
    blocks.push({
      kind: 'note',
      heading: `Balanced scorecard: ${composite === null ? 'not scored' : `${Math.round(composite * 100)} % overall`}`,
      lines: perspectives,
    });
  }
  if (result.bottlenecks.length > 0) {
    blocks.push({
      kind: 'note',
      heading: 'Bottlenecks (fastest worsening first)',
      lines: result.bottlenecks.map((b) => b.text),
    });
  }
  const chart = attainmentChart(result.kpis);
  if (chart) blocks.push(chart);
  return blocks;
}
