import type { LineChartPoints } from '@fluentui/react-charts';
import { lineSeries } from '../../../src/taskpane/pages/lineSeries';

const point = (legend: string, n: number, strokeWidth?: number): LineChartPoints => ({
  legend,
  data: Array.from({ length: n }, (_, i) => ({ x: i + 1, y: 10 * (i + 1) })),
  ...(strokeWidth === undefined ? {} : { lineOptions: { strokeWidth, strokeDasharray: '4 3' } }),
});

describe('lineSeries', () => {
  it('never hands the chart a one-point series (react-charts 9.3.25 renders it in an unkeyed Fragment)', () => {
    const drawn = lineSeries([point('Company', 1), point('Boundary', 2), point('Empty', 0)]);
    expect(drawn.map((s) => s.data.length)).toEqual([2, 2, 0]);
  });

  it('draws a lone point as a zero-length segment with round caps wide enough to read as a dot', () => {
    const [dot] = lineSeries([point('Company', 1, 2)]);
    expect(dot.data).toEqual([
      { x: 1, y: 10 },
      { x: 1, y: 10 },
    ]);
    expect(dot.lineOptions).toEqual({ strokeWidth: 8, strokeDasharray: '4 3', strokeLinecap: 'round' });
    expect(lineSeries([point('Wide', 1, 12)])[0].lineOptions?.strokeWidth).toBe(12);
  });

  it('leaves series of two or more points as they are', () => {
    const line = point('Actual', 5, 3);
    expect(lineSeries([line])[0]).toBe(line);
  });
});
