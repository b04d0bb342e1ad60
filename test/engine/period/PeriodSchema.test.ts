import type { z } from 'zod';
import { AnalyzeOptionsSchema } from '../../../src/engine/analyze/AnalyzeOptions';
import { MonthlyTotalSchema } from '../../../src/engine/pack/PackOptions';
import { PeriodSchema } from '../../../src/engine/period/PeriodSchema';
import { ColumnMappingSchema } from '../../../src/engine/read/mapping';
import {
  AnalysisResultSchema,
  ForecastPointSchema,
  GoalResultSchema,
  KpiResultSchema,
  QualityIssueSchema,
} from '../../../src/engine/results/AnalysisResult';
import { SettingsSchema } from '../../../src/engine/settings/Settings';
import { periodOption } from '../../../src/cli/optionSchemas';

/** Every schema field that holds a period, at every boundary: each must apply the one rule. */
const FIELDS: readonly (readonly [string, z.ZodType])[] = [
  ['PeriodSchema', PeriodSchema],
  ['AnalysisResult.period', AnalysisResultSchema.shape.period],
  ['AnalysisResult.fiscalYear.periods[]', AnalysisResultSchema.shape.fiscalYear.shape.periods.element],
  ['QualityIssue.period', QualityIssueSchema.shape.period],
  ['ForecastPoint.period', ForecastPointSchema.shape.period],
  ['KpiResult.history[].period', KpiResultSchema.shape.history.element.shape.period],
  ['GoalResult.periods[].period', GoalResultSchema.shape.periods.element.shape.period],
  ['PackOptions monthlyRevenue[].period', MonthlyTotalSchema.shape.period],
  ['Settings.period', SettingsSchema.shape.period],
  ['AnalyzeOptions.period', AnalyzeOptionsSchema.shape.period],
  ['Mapping column period', ColumnMappingSchema.shape.period],
  ['--period', periodOption],
];

describe('PeriodSchema', () => {
  it.each(FIELDS)('%s accepts the months of a year', (_, schema) => {
    for (const period of ['2026-01', '2026-06', '2026-12']) expect(schema.safeParse(period).success).toBe(true);
  });

  it.each(FIELDS)('%s refuses impossible months and other shapes', (_, schema) => {
    for (const period of ['2026-13', '2026-00', '2026-1', '26-01', '2026-01-31', 'Jan 2026'])
      expect(schema.safeParse(period).success).toBe(false);
  });

  it('says what a period looks like', () => {
    const parsed = PeriodSchema.safeParse('2026-13');
    expect(parsed.success ? null : parsed.error.issues[0].message).toBe('not a month written YYYY-MM, e.g. 2026-10');
  });
});
