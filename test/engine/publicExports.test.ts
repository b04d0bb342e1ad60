/**
 * The engine's public surface, module by module: the entry points the workbook adapters, the task pane and the
 * command line import. Listed by hand, so adding, renaming or removing an export fails here and the change of
 * surface is reviewed on purpose (types are erased at run time: only values are listed).
 */
import * as forecastApi from '../../src/engine/forecast';
import * as phaseObjectives from '../../src/engine/goals/phaseObjectives';
import * as scoreKpis from '../../src/engine/kpi/scoreKpis';
import * as buildPack from '../../src/engine/pack/buildPack';
import * as carryOverEntries from '../../src/engine/pack/carryOverEntries';
import * as layoutPack from '../../src/engine/pack/layoutPack';
import * as planPackSheets from '../../src/engine/pack/planPackSheets';
import * as readPackEntries from '../../src/engine/pack/readPackEntries';
import * as runLogSheet from '../../src/engine/pack/runLogSheet';
import * as analysisResult from '../../src/engine/results/AnalysisResult';
import * as settings from '../../src/engine/settings/Settings';
import * as scoreSwot from '../../src/engine/swot/scoreSwot';

const exported = (module: object): string[] => Object.keys(module).sort();

describe('engine public surface', () => {
  it.each([
    ['forecast (index)', forecastApi, ['backtest', 'forecast', 'seasonalIndices']],
    ['kpi/scoreKpis', scoreKpis, ['scoreKpis']],
    ['swot/scoreSwot', scoreSwot, ['ieCell', 'scoreFactors', 'scoreSwot', 'strategyFor']],
    ['goals/phaseObjectives', phaseObjectives, ['phaseObjectives']],
    ['pack/buildPack', buildPack, ['SHEET_PREFIX', 'buildPack']],
    ['pack/layoutPack', layoutPack, ['layoutPack']],
    ['pack/planPackSheets', planPackSheets, ['planPackSheets']],
    ['pack/carryOverEntries', carryOverEntries, ['RETIRED_HEADING', 'carryOverEntries']],
    ['pack/readPackEntries', readPackEntries, ['readPackEntries']],
    ['pack/runLogSheet', runLogSheet, ['RUN_LOG_SHEET', 'layoutRunLog', 'readPackRegister']],
    [
      'settings/Settings',
      settings,
      [
        'MAX_SETTINGS_CHARS',
        'PackTemplateSchema',
        'SETTINGS_VERSION',
        'SettingsSchema',
        'SwotEditsSettingSchema',
        'SwotFactorSettingSchema',
        'ThresholdsSchema',
        'defaultSettings',
        'parseSettings',
        'storedSettings',
      ],
    ],
    [
      'results/AnalysisResult',
      analysisResult,
      [
        'AnalysisResultSchema',
        'BottleneckSchema',
        'ComparisonSchema',
        'DataQualitySchema',
        'DiagnosticSchema',
        'ExcludedRowSchema',
        'FigureQualitySchema',
        'ForecastPointSchema',
        'ForecastSeriesSchema',
        'FullYearSchema',
        'GoalResultSchema',
        'KpiResultSchema',
        'NarrativeSentenceSchema',
        'QualityIssueSchema',
        'RollupSchema',
        'ScorecardSchema',
        'SourceRefSchema',
        'SwotItemSchema',
        'SwotResultSchema',
        'SwotSuggestionSchema',
        'VarianceCellSchema',
        'VarianceLineSchema',
        'VarianceSectionSchema',
      ],
    ],
  ] as const)('%s exports exactly the published names', (_module, api, names) => {
    expect(exported(api)).toEqual([...names]);
  });
});
