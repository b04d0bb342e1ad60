/** Chart series, points and axes of the fake: every setting is a queued write recorded on the chart's state. */
import type { ExcelChartAxis, ExcelChartFill, ExcelChartLine, ExcelChartSeries } from '../office/ExcelApi';
import type { ChartAxisState, ChartSeriesState } from './BookState';
import { itemNotFound, readSet } from './FakeExcelError';
import type { FakeRange } from './FakeRange';
import type { FakeSession } from './FakeSession';

/** Queues `apply` against the series state, which exists only once the chart's own creation has run. */
type OnHost<S> = (path: string, wire: Record<string, unknown>, apply: (state: S) => void) => void;

function onHost<S>(session: FakeSession, find: () => S | null): OnHost<S> {
  return (path, wire, apply) =>
    session.enqueue({
      wire: { path, ...wire },
      apply: () => {
        const state = find();
        if (!state) throw itemNotFound();
        apply(state);
      },
    });
}

function fill(run: OnHost<ChartSeriesState>, path: string, point: number | null): ExcelChartFill {
  return {
    setSolidColor: (color) =>
      run(path, { call: 'setSolidColor', args: [color] }, (s) => {
        if (point === null) Object.assign(s, { fill: color, fillCleared: false });
        else s.pointFills.set(point, color);
      }),
    clear: () =>
      run(path, { call: 'clear', args: [] }, (s) => {
        if (point === null) Object.assign(s, { fill: null, fillCleared: true });
        else s.pointFills.delete(point);
      }),
  };
}

function line(run: OnHost<ChartSeriesState>, path: string): ExcelChartLine {
  let color: string | undefined;
  let lineStyle: ExcelChartLine['lineStyle'] | undefined;
  return {
    get color() {
      return readSet(color, 'color');
    },
    set color(value) {
      color = value;
      run(path, { set: 'color', value }, (s) => Object.assign(s, { lineColor: value, lineCleared: false }));
    },
    get lineStyle() {
      return readSet(lineStyle, 'lineStyle');
    },
    set lineStyle(value) {
      lineStyle = value;
      run(path, { set: 'lineStyle', value }, (s) => (s.lineStyle = value));
    },
    clear: () =>
      run(path, { call: 'clear', args: [] }, (s) => Object.assign(s, { lineColor: null, lineCleared: true })),
  };
}

/** A chart series proxy: name, chart type, values, x values, fill, line and point fills. */
export class FakeChartSeries implements ExcelChartSeries {
  private readonly run: OnHost<ChartSeriesState>;
  private localName: string | undefined;
  private localType: ExcelChartSeries['chartType'] | undefined;
  readonly format: ExcelChartSeries['format'];
  readonly points: ExcelChartSeries['points'];

  constructor(
    session: FakeSession,
    private readonly path: string,
    find: () => ChartSeriesState | null,
  ) {
    this.run = onHost(session, find);
    this.format = { fill: fill(this.run, `${path}.format.fill`, null), line: line(this.run, `${path}.format.line`) };
    this.points = {
      getItemAt: (index) => {
        const pointPath = `${path}.points.getItemAt(${index})`;
        const run: OnHost<ChartSeriesState> = (p, wire, apply) =>
          this.run(p, wire, (s) => {
            // Excel has one point per value cell; asking for another is an error.
            if (index < 0 || index >= s.values.rows * s.values.columns) throw itemNotFound();
            apply(s);
          });
        return { format: { fill: fill(run, `${pointPath}.format.fill`, index) } };
      },
    };
  }

  get name(): string {
    return readSet(this.localName, 'name');
  }
  set name(value: string) {
    this.localName = value;
    this.run(this.path, { set: 'name', value }, (s) => (s.name = value));
  }
  get chartType(): ExcelChartSeries['chartType'] {
    return readSet(this.localType, 'chartType');
  }
  set chartType(value: ExcelChartSeries['chartType']) {
    this.localType = value;
    this.run(this.path, { set: 'chartType', value }, (s) => (s.chartType = value));
  }
  setValues(sourceData: FakeRange): void {
    this.run(
      this.path,
      { call: 'setValues', args: [sourceData.path] },
      (s) => (s.values = sourceData.hostTarget().rect),
    );
  }
  setXAxisValues(sourceData: FakeRange): void {
    this.run(
      this.path,
      { call: 'setXAxisValues', args: [sourceData.path] },
      (s) => (s.xValues = sourceData.hostTarget().rect),
    );
  }
}

/** An axis: bounds, number format and title, each recorded when set. */
export function fakeAxis(session: FakeSession, path: string, find: () => ChartAxisState | null): ExcelChartAxis {
  const run = onHost(session, find);
  const local: { minimum?: number; maximum?: number; numberFormat?: string; title?: string } = {};
  return {
    get minimum() {
      return readSet(local.minimum, 'minimum');
    },
    set minimum(value) {
      local.minimum = value;
      run(path, { set: 'minimum', value }, (a) => (a.minimum = value));
    },
    get maximum() {
      return readSet(local.maximum, 'maximum');
    },
    set maximum(value) {
      local.maximum = value;
      run(path, { set: 'maximum', value }, (a) => (a.maximum = value));
    },
    get numberFormat() {
      return readSet(local.numberFormat, 'numberFormat');
    },
    set numberFormat(value) {
      local.numberFormat = value;
      run(path, { set: 'numberFormat', value }, (a) => (a.numberFormat = value));
    },
    title: {
      get text() {
        return readSet(local.title, 'text');
      },
      set text(value) {
        local.title = value;
        run(`${path}.title`, { set: 'text', value }, (a) => (a.title = value));
      },
    },
  };
}
