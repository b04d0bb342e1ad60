/**
 * The Summary sheet: headline figures month and YTD, top variances, red KPIs, SWOT position, the drafted narrative,
 * and the two charts directors look at first (built in `summaryCharts`).
 */
import type { AnalysisResult, Rollup, VarianceCell } from '../results/AnalysisResult';
import type { FigureTone, PackBlock, PackColumn, PackRow, TableBlock } from './Pack';
import type { ResolvedPackOptions } from './PackOptions';
import { DELTA_FORMAT, DELTA_PERCENT_FORMAT } from './numberFormats';
import { periodLabel } from '../period/periodLabel';
import { shortPeriodLabel } from '../period/periodLabel';
import { signedAmount, signedPercent, ytdLabel } from './packText';
import { draftBlock } from './commentaryDraft';
import { swotPositionText } from './buildSwot';
import { kpiValueFormat } from './buildKpis';
import { lineName } from './buildVariance';
import { bridgeChart, departmentChart, monthlyChart } from './summaryCharts';
import { dataQualityBlocks } from './dataQualityBlock';

const windowColumns = (prefix: string, label: string): PackColumn[] => [
  { key: `${prefix}Actual`, header: `${label} AC`, kind: 'currency', width: 9 },
  { key: `${prefix}Budget`, header: `${label} BU`, kind: 'currency', width: 9 },
  { key: `${prefix}Delta`, header: 'ΔBU', kind: 'currency', numberFormat: DELTA_FORMAT, width: 8 },
  { key: `${prefix}DeltaPct`, header: 'ΔBU %', kind: 'percent', numberFormat: DELTA_PERCENT_FORMAT, width: 7 },
];

function windowValues(prefix: string, cell: VarianceCell): Record<string, number | string | null> {
  return {
    [`${prefix}Actual`]: cell.actual,
    [`${prefix}Budget`]: cell.budget,
    [`${prefix}Delta`]: cell.variance,
    [`${prefix}DeltaPct`]: cell.variancePct,
  };
}

function windowTones(prefix: string, cell: VarianceCell): Record<string, FigureTone> {
  const tone: FigureTone = cell.variance === 0 ? 'neutral' : cell.favourable ? 'good' : 'bad';
  return { [`${prefix}Delta`]: tone, [`${prefix}DeltaPct`]: tone };
}

function headlineTable(result: AnalysisResult): TableBlock {
  const pick = (by: Rollup['by'], key: string) => result.variance.rollups.find((r) => r.by === by && r.key === key);
  const month = shortPeriodLabel(result.period);
  const rows: PackRow[] = [pick('type', 'revenue'), pick('type', 'expense'), pick('total', 'total')].flatMap((r) =>
    r === undefined
      ? []
      : [
          {
            values: { figure: r.label, ...windowValues('m', r.month), ...windowValues('y', r.ytd) },
            tones: { ...windowTones('m', r.month), ...windowTones('y', r.ytd) },
            emphasis: r.by === 'total' ? ('total' as const) : ('line' as const),
          },
        ],
  );
  return {
    kind: 'table',
    id: 'summary-headline',
    heading: `Headline figures, ${month} and year to date (${ytdLabel(result)}): actual (AC) vs budget (BU)`,
    columns: [
      { key: 'figure', header: 'Figure', kind: 'text', width: 30 },
      ...windowColumns('m', month),
      ...windowColumns('y', 'YTD'),
    ],
    rows,
    conditionalFormats: [],
    emptyText: 'No budget or actual amounts were found for this period.',
  };
}

/** The lines the analysis ranked by their year-to-date variance, shown for that same window. */
function topVariancesTable(result: AnalysisResult, limit: number): TableBlock {
  const byKey = new Map(result.variance.lines.map((l) => [l.key, l]));
  const keys = [...result.variance.top.unfavourable.slice(0, limit), ...result.variance.top.favourable.slice(0, limit)];
  const rows: PackRow[] = keys.flatMap((key) => {
    const l = byKey.get(key);
    if (!l) return [];
    return [{ values: { line: lineName(l), ...windowValues('y', l.ytd) }, tones: windowTones('y', l.ytd) }];
  });
  return {
    kind: 'table',
    id: 'summary-top-variances',
    heading: `Largest variances against budget, year to date (${ytdLabel(result)})`,
    columns: [{ key: 'line', header: 'Line', kind: 'text', width: 30 }, ...windowColumns('y', 'YTD')],
    rows,
    conditionalFormats: [],
    emptyText: 'No line is far enough from budget to be listed.',
  };
}

function redKpisTable(result: AnalysisResult): TableBlock {
  const red = result.kpis.filter((k) => k.status === 'red');
  return {
    kind: 'table',
    id: 'summary-red-kpis',
    heading: 'KPIs in the red',
    columns: [
      { key: 'kpi', header: 'KPI (owner)', kind: 'text', width: 30, wrap: true },
      { key: 'actual', header: 'Actual', kind: 'number' },
      { key: 'target', header: 'Target', kind: 'number' },
      { key: 'attainment', header: 'Attainment', kind: 'percent' },
    ],
    rows: red.map((k) => ({
      numberFormats: { actual: kpiValueFormat(k), target: kpiValueFormat(k) },
      // The owner goes with the name: a column of its own would widen a column every Summary table shares.
      values: {
        kpi: k.owner ? `${k.name} (${k.owner})` : k.name,
        actual: k.actual,
        target: k.target,
        attainment: k.attainment,
      },
    })),
    conditionalFormats: [],
    emptyText: 'No KPI is in the red this month.',
  };
}

/** The Summary sheet's blocks after its title. */
export function summaryBlocks(result: AnalysisResult, options: ResolvedPackOptions): PackBlock[] {
  const total = result.variance.rollups.find((r) => r.by === 'total');
  const blocks: PackBlock[] = [];
  if (total) {
    blocks.push({
      kind: 'keyFigures',
      heading: 'Result against budget',
      figures: [
        {
          label: `Result, ${periodLabel(result.period)}`,
          value: total.month.actual,
          kind: 'currency',
          comparison: `vs budget ${signedAmount(total.month.variance)} (${signedPercent(total.month.variancePct)})`,
          delta: total.month.variance,
          deltaPct: total.month.variancePct,
          tone: total.month.favourable ? 'good' : 'bad',
        },
        {
          label: 'Result, year to date',
          value: total.ytd.actual,
          kind: 'currency',
          comparison: `vs budget ${signedAmount(total.ytd.variance)} (${signedPercent(total.ytd.variancePct)})`,
          delta: total.ytd.variance,
          deltaPct: total.ytd.variancePct,
          tone: total.ytd.favourable ? 'good' : 'bad',
        },
        {
          label: `Full-year outlook, ${result.fiscalYear.label}`,
          value: total.fullYear.outlook,
          kind: 'currency',
          comparison: `vs budget ${signedAmount(total.fullYear.variance)} (${signedPercent(total.fullYear.variancePct)})`,
          delta: total.fullYear.variance,
          deltaPct: total.fullYear.variancePct,
          tone: total.fullYear.variance >= 0 ? 'good' : 'bad',
        },
      ],
    });
  }
  blocks.push(headlineTable(result));
  blocks.push(...dataQualityBlocks(result));
  if (result.variance.narrative.length > 0) {
    const lines = result.variance.narrative.map((s) => s.text);
    blocks.push(draftBlock('Commentary (a draft: edit it and your text is kept on refresh)', lines));
  }
  blocks.push(topVariancesTable(result, options.topVariances));
  if (result.kpis.length > 0) blocks.push(redKpisTable(result));
  if (result.swot)
    blocks.push({ kind: 'note', heading: 'Strategic position (SWOT)', lines: [swotPositionText(result.swot)] });
  // The bridge explains the result; the department bars are its fallback when no bridge can be drawn.
  const bridge = bridgeChart(result);
  const charts = [bridge, monthlyChart(result, options.monthly), bridge ? null : departmentChart(result)];
  for (const chart of charts) if (chart) blocks.push(chart);
  return blocks;
}
