import { z } from 'zod';
import { PeriodSchema } from '../period/PeriodSchema';

/**
 * The `ops-review analyze --json` document: the contract read by the pane, the pack writer and acceptance tests.
 * Field names and meanings are fixed by issues #4 and #6; add fields, never rename them.
 * Amounts are in the workbook's currency units; percentages are fractions (0.042 = 4.2 %).
 */

const amount = z.number().finite();
const fraction = z.number().finite().nullable();

export const SourceRefSchema = z.object({ sheet: z.string(), cell: z.string() });

export const DiagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  sheet: z.string(),
  cell: z.string().nullable(),
  message: z.string(),
  code: z.string().optional(),
});

/**
 * One cell a figure rests on that could not be read as it should: an Excel error, a word where a number should be
 * ("tbd"), a boolean, a number past 15 digits, or a month with no value where an earlier month's value is shown
 * instead ("carried-forward").
 */
export const QualityIssueSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  issue: z.enum(['error-value', 'text-in-number', 'boolean-in-number', 'out-of-range', 'carried-forward']),
  /** what the cell shows: "#N/A", "tbd"; "" for an empty cell */
  shown: z.string(),
  /** the month the cell belongs to, "YYYY-MM" */
  period: PeriodSchema,
  /** what was done with the figure, in a sentence the pane and the pack show */
  text: z.string(),
});

/** The data-quality mark of one figure (variance line, roll-up or KPI): absent when nothing is wrong with it. */
export const FigureQualitySchema = z.object({ issues: z.array(QualityIssueSchema) });

/** Budget vs actual for one time window (month, QTD or YTD). */
export const VarianceCellSchema = z.object({
  budget: amount,
  actual: amount,
  /** actual - budget */
  variance: amount,
  /** variance / |budget|; null when budget is 0 */
  variancePct: fraction,
  /** revenue: variance >= 0; expense: variance <= 0 */
  favourable: z.boolean(),
  material: z.boolean(),
});

export const FullYearSchema = z.object({
  budget: amount,
  /** actual YTD + forecast (or remaining budget) of the months after the period */
  outlook: amount,
  /** outlook - budget */
  variance: amount,
  variancePct: fraction,
  /** actual YTD / full-year budget; null when the budget is 0 */
  consumed: fraction,
  /** actual YTD already above the full-year approved budget (expense) */
  overspent: z.boolean(),
  /** how the remaining months were estimated: "forecast:<method>" or "remaining budget" */
  outlookMethod: z.string(),
});

/** ΔPY or ΔFC beside ΔBU (IBCS notation): the comparison scenario's figure and actual minus it. */
export const ComparisonSchema = z.object({
  value: amount,
  delta: amount,
  deltaPct: fraction,
  favourable: z.boolean(),
});

const windowComparisons = z.object({ month: ComparisonSchema.nullable(), ytd: ComparisonSchema.nullable() });

export const VarianceLineSchema = z.object({
  /** Stable line key: account | department | further dims; used to keep pack commentary across refreshes. */
  key: z.string(),
  account: z.string(),
  accountCode: z.string().nullable(),
  department: z.string().nullable(),
  dims: z.record(z.string(), z.string()),
  type: z.enum(['revenue', 'expense']),
  month: VarianceCellSchema,
  qtd: VarianceCellSchema,
  ytd: VarianceCellSchema,
  fullYear: FullYearSchema,
  priorYear: windowComparisons.nullable(),
  forecast: windowComparisons.nullable(),
  /** actuals with no budget line */
  unbudgeted: z.boolean(),
  /** cells the figures of this line were read from */
  sources: z.array(SourceRefSchema),
  /** unreadable cells in the line's months up to the period; absent when there are none */
  quality: FigureQualitySchema.optional(),
});

export const RollupSchema = z.object({
  /** "department", "type" or "total" */
  by: z.enum(['department', 'type', 'total']),
  /** department name, "revenue"/"expense", or "total" */
  key: z.string(),
  label: z.string(),
  /** result sign convention: for by="total" and departments, revenue minus expense */
  month: VarianceCellSchema,
  qtd: VarianceCellSchema,
  ytd: VarianceCellSchema,
  fullYear: FullYearSchema,
  lineKeys: z.array(z.string()),
  /** unreadable cells of its lines; absent when there are none */
  quality: FigureQualitySchema.optional(),
});

export const ExcludedRowSchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  reason: z.enum(['subtotal', 'total', 'blank', 'header', 'section']),
  detail: z.string().optional(),
  label: z.string().optional(),
});

export const NarrativeSentenceSchema = z.object({
  text: z.string(),
  /** the lines and cells each figure in the sentence came from */
  lineKeys: z.array(z.string()),
  /** the budget and actual cells of those lines, in line order, at most 1,000 */
  cells: z.array(SourceRefSchema),
});

export const VarianceSectionSchema = z.object({
  lines: z.array(VarianceLineSchema),
  rollups: z.array(RollupSchema),
  excludedRows: z.array(ExcludedRowSchema),
  top: z.object({ favourable: z.array(z.string()), unfavourable: z.array(z.string()) }),
  narrative: z.array(NarrativeSentenceSchema),
});

export const KpiResultSchema = z.object({
  name: z.string(),
  unit: z.string().nullable(),
  direction: z.enum(['higher', 'lower', 'range']),
  target: amount.nullable(),
  /** The band of a "range" KPI (target is its midpoint), so it can be shown as "4-8 hours"; absent otherwise. */
  targetRange: z.object({ low: amount, high: amount }).nullable().optional(),
  actual: amount.nullable(),
  attainment: fraction,
  status: z.enum(['green', 'amber', 'red', 'none']),
  trend: z.object({ direction: z.enum(['improving', 'worsening', 'flat']), slope: amount }).nullable(),
  periodsOffTarget: z.number().int(),
  projection: z.object({ period: PeriodSchema, value: amount, target: amount.nullable(), text: z.string() }).nullable(),
  owner: z.string().nullable(),
  perspective: z.string().nullable(),
  weight: z.number().finite(),
  history: z.array(z.object({ period: PeriodSchema, value: amount, target: amount.nullable() })),
  source: SourceRefSchema,
  /** an unreadable value up to the period, or an actual carried from an earlier month; absent when neither */
  quality: FigureQualitySchema.optional(),
});

export const ScorecardSchema = z.object({
  composite: fraction,
  perspectives: z.array(z.object({ name: z.string(), score: fraction, weight: z.number().finite() })),
});

export const BottleneckSchema = z.object({
  kind: z.enum(['kpi', 'line']),
  name: z.string(),
  /** worsening per period, normalised so KPIs and cost lines rank together (fraction of level) */
  rate: z.number().finite(),
  text: z.string(),
  source: SourceRefSchema.nullable(),
});

export const SwotItemSchema = z.object({
  factor: z.string(),
  category: z.enum(['S', 'W', 'O', 'T']),
  weight: z.number().finite(),
  rating: z.number().finite(),
  score: z.number().finite(),
  source: SourceRefSchema.nullable(),
});

export const SwotSuggestionSchema = z.object({
  factor: z.string(),
  category: z.enum(['S', 'W', 'O', 'T']),
  evidence: z.string(),
  cells: z.array(SourceRefSchema),
});

export const SwotResultSchema = z.object({
  ife: z.number().finite(),
  efe: z.number().finite(),
  ieCell: z.enum(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']),
  strategy: z.enum(['grow-and-build', 'hold-and-maintain', 'harvest-or-divest']),
  items: z.array(SwotItemSchema),
  tows: z.array(
    z.object({ pair: z.enum(['SO', 'WO', 'ST', 'WT']), internal: z.array(z.string()), external: z.array(z.string()) }),
  ),
  suggestions: z.array(SwotSuggestionSchema),
});

export const GoalResultSchema = z.object({
  objective: z.string(),
  unit: z.string().nullable(),
  owner: z.string().nullable(),
  annualTarget: amount,
  method: z.enum(['even', 'seasonal', 'custom']),
  periods: z.array(
    z.object({
      period: PeriodSchema,
      target: amount,
      cumulativeTarget: amount,
      actual: amount.nullable(),
      cumulativeActual: amount.nullable(),
    }),
  ),
  progress: z.object({ actualToDate: amount, targetToDate: amount, attainment: fraction }).nullable(),
});

export const ForecastPointSchema = z.object({
  period: PeriodSchema,
  mean: amount,
  lo80: amount,
  hi80: amount,
  lo95: amount,
  hi95: amount,
});

export const ForecastSeriesSchema = z.object({
  key: z.string(),
  label: z.string(),
  method: z.string(),
  /** the forecast's basis in plain words: "follows the budget's seasonal shape at 97 % of its level" */
  basis: z.string().optional(),
  history: z.array(z.object({ period: PeriodSchema, value: amount })),
  points: z.array(ForecastPointSchema),
  accuracy: z
    .object({ mase: amount, smape: amount, naiveMase: amount, improvement: fraction, text: z.string() })
    .nullable(),
  reason: z.string().nullable(),
});

/** Every cell the figures rest on that could not be read, and how budget and actual were compared around them. */
export const DataQualitySchema = z.object({
  /** a month whose actual or budget is unreadable is left out of both for that line (month, QTD, YTD) */
  likeForLike: z.boolean(),
  /** the sentence saying which comparison was made */
  statement: z.string(),
  issues: z.array(
    QualityIssueSchema.extend({
      /** the line or KPI the cell belongs to, as shown ("Fuel surcharge income (Operations), actual") */
      figure: z.string(),
      lineKey: z.string().nullable(),
      kpi: z.string().nullable(),
    }),
  ),
});

export const AnalysisResultSchema = z.object({
  period: PeriodSchema,
  fiscalYear: z.object({
    startMonth: z.number().int().min(1).max(12),
    label: z.string(),
    periods: z.array(PeriodSchema),
  }),
  variance: VarianceSectionSchema,
  forecasts: z.array(ForecastSeriesSchema),
  kpis: z.array(KpiResultSchema),
  scorecard: ScorecardSchema.nullable(),
  bottlenecks: z.array(BottleneckSchema),
  swot: SwotResultSchema.nullable(),
  goals: z.array(GoalResultSchema),
  diagnostics: z.array(DiagnosticSchema),
  /** absent only in documents written before data-quality marks existed */
  dataQuality: DataQualitySchema.optional(),
});

export type AnalysisResult = z.infer<typeof AnalysisResultSchema>;
export type VarianceLine = z.infer<typeof VarianceLineSchema>;
export type VarianceCell = z.infer<typeof VarianceCellSchema>;
export type Rollup = z.infer<typeof RollupSchema>;
export type KpiResult = z.infer<typeof KpiResultSchema>;
export type SwotResult = z.infer<typeof SwotResultSchema>;
export type GoalResult = z.infer<typeof GoalResultSchema>;
export type ForecastSeries = z.infer<typeof ForecastSeriesSchema>;
export type QualityIssue = z.infer<typeof QualityIssueSchema>;
export type DataQuality = z.infer<typeof DataQualitySchema>;
