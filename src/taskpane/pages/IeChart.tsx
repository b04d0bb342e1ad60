import type { ReactNode } from 'react';
import { LineChart, type LineChartPoints } from '@fluentui/react-charts';
import { Text } from '@fluentui/react-components';
import { COLOURS } from '../../engine';
import { lineSeries } from './lineSeries';
import { useChartStage } from './useChartStage';

/**
 * David's IE matrix puts strong IFE on the left, so the chart plots 5 − IFE (4 → 1, 1 → 4) and labels the ticks
 * with the IFE itself; the chart library has no reversed axis.
 */
const flip = (ife: number): number => 5 - ife;
const BOUNDARY = `#${COLOURS.muted}`;

/** A straight boundary line between two points of the 1–4 square. */
function boundary(legend: string, from: [number, number], to: [number, number]): LineChartPoints {
  return {
    legend,
    color: BOUNDARY,
    lineOptions: { strokeWidth: 1, strokeDasharray: '4 3' },
    data: [
      { x: from[0], y: from[1] },
      { x: to[0], y: to[1] },
    ],
  };
}

/**
 * The company's position on the IE matrix: IFE across (strong 4 on the left to weak 1 on the right), EFE up (1 to
 * 4), with the cell boundaries at 2 and 3 on both axes. The labelled grid beside it says the same in words.
 */
export function IeChart({ ife, efe }: { readonly ife: number; readonly efe: number }): ReactNode {
  // The chart takes its size from this element (it has no size of its own beside the grid in a wrapping row).
  const [stage, setStage] = useChartStage();
  const data: LineChartPoints[] = [
    boundary('IFE 3.0 (strong | average)', [flip(3), 1], [flip(3), 4]),
    boundary('IFE 2.0 (average | weak)', [flip(2), 1], [flip(2), 4]),
    boundary('EFE 3.0 (high | medium)', [1, 3], [4, 3]),
    boundary('EFE 2.0 (medium | low)', [1, 2], [4, 2]),
    {
      legend: `Company (IFE ${ife.toFixed(2)}, EFE ${efe.toFixed(2)})`,
      color: `#${COLOURS.actual}`,
      data: [{ x: flip(Math.min(4, Math.max(1, ife))), y: Math.min(4, Math.max(1, efe)) }],
    },
  ];
  // Axis titles are written under the chart rather than given to it: the library shows them through tooltip
  // portals that can lie over the page's tabs.
  return (
    <div style={{ width: '300px', maxWidth: '100%' }}>
      <div ref={setStage} style={{ height: '240px' }}>
        {stage && (
          <LineChart
            parentRef={stage}
            data={{
              chartTitle: `IE matrix position: IFE ${ife.toFixed(2)}, EFE ${efe.toFixed(2)}`,
              lineChartData: lineSeries(data),
            }}
            hideLegend
            yMinValue={1}
            yMaxValue={4}
            tickValues={[1, 2, 3, 4]}
            xAxis={{ tickText: ['4', '3', '2', '1'] }}
            yAxisTickValues={[1, 2, 3, 4]}
          />
        )}
      </div>
      <Text size={200}>IFE total across, strong (4) to weak (1); EFE total up, low (1) to high (4).</Text>
    </div>
  );
}
