import { useEffect, useState } from 'react';

/**
 * The element a @fluentui/react-charts chart measures (its `parentRef`), and a second render once the chart is in
 * the page. Measuring an element already laid out spares the chart a first render at zero size (where the area chart
 * draws rectangles of negative size and the browser logs errors); but the chart draws its axes into elements it
 * only has after that first render, so without the second pass a chart whose size never changes shows no axes.
 */
export function useChartStage(): readonly [HTMLDivElement | null, (element: HTMLDivElement | null) => void] {
  const [stage, setStage] = useState<HTMLDivElement | null>(null);
  const [, setDrawn] = useState(false);
  useEffect(() => {
    if (stage) setDrawn(true);
  }, [stage]);
  return [stage, setStage];
}
