/** `Worksheet.charts` and `Chart` of the fake: charts are recorded (type, source, series, title, position). */
import type { ExcelChart, ExcelChartCollection, ExcelChartType, LoadSpec } from '../office/ExcelApi';
import type { ChartAxisState, ChartSeriesState, ChartState, SheetState } from './BookState';
import { FakeClientObject, type PropertyReaders } from './FakeClientObject';
import { FakeCollection } from './FakeCollection';
import { fakeAxis, FakeChartSeries } from './FakeChartSeries';
import { invalidArgument, itemNotFound, readSet } from './FakeExcelError';
import type { FakeRange } from './FakeRange';
import type { FakeSession } from './FakeSession';
import { parseRect, qualifiedAddress } from './rangeAddress';

function emptyAxis(): ChartAxisState {
  return { minimum: null, maximum: null, numberFormat: null, title: null };
}

function seriesOf(values: ChartState['series'][number]['values']): ChartSeriesState {
  return {
    name: '',
    chartType: null,
    values,
    xValues: null,
    fill: null,
    fillCleared: false,
    lineColor: null,
    lineStyle: null,
    lineCleared: false,
    pointFills: new Map(),
  };
}

/** `Chart.title`: its text, readable once set. */
class FakeChartTitle {
  private local: string | undefined;
  constructor(private readonly onSet: (value: string) => void) {}
  get text(): string {
    return readSet(this.local, 'text');
  }
  set text(value: string) {
    this.local = value;
    this.onSet(value);
  }
}

/** A chart proxy; its state exists once the `charts.add` that created it has run. */
export class FakeChart extends FakeClientObject<{ name: string }> implements ExcelChart {
  readonly title: FakeChartTitle;
  readonly series: { getItemAt(index: number): FakeChartSeries; add(name?: string): FakeChartSeries };
  readonly axes: ExcelChart['axes'];

  constructor(
    session: FakeSession,
    path: string,
    private readonly find: () => { sheet: SheetState; chart: ChartState } | null,
  ) {
    super(session, path);
    const chart = (): ChartState | null => find()?.chart ?? null;
    this.title = new FakeChartTitle((value) => this.call('title.text', [value], () => (this.state().title = value)));
    this.series = {
      getItemAt: (index) =>
        new FakeChartSeries(session, `${path}.series.getItemAt(${index})`, () => chart()?.series[index] ?? null),
      add: (name) => {
        let added: ChartSeriesState | null = null;
        this.call('series.add', [name ?? null], () => {
          const state = this.state();
          // A new series has no values until setValues; the fake gives it the chart's first series' cells.
          added = {
            ...seriesOf(state.series[0]?.values ?? { row: 0, column: 0, rows: 1, columns: 1 }),
            name: name ?? '',
          };
          state.series.push(added);
        });
        return new FakeChartSeries(session, `${path}.series.add(${JSON.stringify(name ?? '')})`, () => added);
      },
    };
    this.axes = {
      valueAxis: fakeAxis(session, `${path}.axes.valueAxis`, () => chart()?.valueAxis ?? null),
      categoryAxis: fakeAxis(session, `${path}.axes.categoryAxis`, () => chart()?.categoryAxis ?? null),
    };
  }

  private state(): ChartState {
    const found = this.find();
    if (!found) throw itemNotFound();
    return found.chart;
  }

  protected exists(): boolean {
    return this.find() !== null;
  }
  protected readers(): PropertyReaders<{ name: string }> {
    return { name: () => this.state().name };
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.write('name', value, () => (this.state().name = value));
  }
  setPosition(startCell: string, endCell?: string): void {
    this.call('setPosition', [startCell, endCell ?? null], () => {
      if (!parseRect(startCell) || (endCell !== undefined && !parseRect(endCell)))
        throw invalidArgument('setPosition needs A1 cells');
      Object.assign(this.state(), { from: startCell, to: endCell ?? null });
    });
  }
  delete(): void {
    this.call('delete', [], () => {
      const found = this.find();
      if (!found) throw itemNotFound();
      found.sheet.charts.splice(found.sheet.charts.indexOf(found.chart), 1);
    });
  }
}

/** `Worksheet.charts`: `add` records a chart with one series per source column (or row). */
export class FakeChartCollection extends FakeCollection<FakeChart> implements ExcelChartCollection {
  constructor(
    session: FakeSession,
    path: string,
    private readonly sheet: () => SheetState | null,
  ) {
    super(session, path);
  }

  protected override exists(): boolean {
    return this.sheet() !== null;
  }
  protected current(): FakeChart[] {
    const sheet = this.sheet();
    return (sheet?.charts ?? []).map(
      (chart, i) =>
        new FakeChart(this.session, `${this.path}.items[${i}]`, () =>
          sheet && sheet.charts.includes(chart) ? { sheet, chart } : null,
        ),
    );
  }
  load(propertyNames?: LoadSpec): this {
    this.loadItems(propertyNames);
    return this;
  }

  add(type: ExcelChartType, sourceData: FakeRange, seriesBy: 'Auto' | 'Columns' | 'Rows' = 'Auto'): FakeChart {
    let created: { sheet: SheetState; chart: ChartState } | null = null;
    this.call('add', [type, sourceData.path, seriesBy], () => {
      const sheet = this.sheet();
      if (!sheet) throw itemNotFound();
      const source = sourceData.hostTarget();
      const byRows = seriesBy === 'Rows' || (seriesBy === 'Auto' && source.rect.columns > source.rect.rows);
      // The fake does not guess header rows or category columns: each column (or row) of the source is a series.
      const count = byRows ? source.rect.rows : source.rect.columns;
      const series = Array.from({ length: count }, (_, i) =>
        seriesOf(
          byRows
            ? { row: source.rect.row + i, column: source.rect.column, rows: 1, columns: source.rect.columns }
            : { row: source.rect.row, column: source.rect.column + i, rows: source.rect.rows, columns: 1 },
        ),
      );
      const chart: ChartState = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: qualifiedAddress(source.sheet.name, source.rect),
        title: '',
        from: null,
        to: null,
        series,
        valueAxis: emptyAxis(),
        categoryAxis: emptyAxis(),
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return new FakeChart(this.session, `${this.path}.add('${type}')`, () => created);
  }
}
