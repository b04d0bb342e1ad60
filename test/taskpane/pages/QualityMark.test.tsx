import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { KpisPage } from '../../../src/taskpane/pages/KpisPage';
import { VariancePage } from '../../../src/taskpane/pages/VariancePage';
import type { AnalysisResult } from '../../../src/engine/results/AnalysisResult';
import { analysisResult } from '../../fixtures/analysisResult';

const wrap = (node: ReactNode) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

const issue = {
  sheet: 'Actuals',
  cell: 'E7',
  issue: 'error-value' as const,
  shown: '#N/A',
  period: '2026-02',
  text: "Actuals!E7 shows #N/A where the February 2026 actual should be; that month's budget (50,000) is left out of the line's QTD and YTD too, so it compares like for like.",
};

/** The fixture with its first line and first KPI resting on an unreadable cell. */
const marked: AnalysisResult = {
  ...analysisResult,
  variance: {
    ...analysisResult.variance,
    lines: analysisResult.variance.lines.map((l, i) => (i === 0 ? { ...l, quality: { issues: [issue] } } : l)),
    rollups: analysisResult.variance.rollups.map((r) =>
      r.by === 'total' ? { ...r, quality: { issues: [issue] } } : r,
    ),
  },
  kpis: analysisResult.kpis.map((k, i) =>
    i === 0
      ? {
          ...k,
          quality: { issues: [{ ...issue, issue: 'carried-forward' as const, shown: '', text: 'No March value.' }] },
        }
      : k,
  ),
  dataQuality: {
    likeForLike: true,
    statement: '1 figure rests on cells that could not be read as they should; they are marked.',
    issues: [],
  },
};

describe('the data-quality mark', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('shows beside the marked line and roll-up, with the cell in its label, and nowhere else', () => {
    wrap(<VariancePage result={marked} onSelectCells={jest.fn()} />);
    const marks = screen.getAllByLabelText(/^Data quality: Actuals!E7 shows #N\/A/);
    // The total roll-up and the first line; the other lines and roll-ups carry no mark.
    expect(marks).toHaveLength(2);
    expect(marks[0]).toHaveTextContent('unreadable cell');
  });

  it('says "carried" beside a KPI whose actual is an earlier month\'s', () => {
    wrap(<KpisPage result={marked} onSelectCells={jest.fn()} />);
    expect(screen.getByLabelText('Data quality: No March value.')).toHaveTextContent('carried');
  });

  it('shows nothing for figures without a mark', () => {
    wrap(<VariancePage result={analysisResult} onSelectCells={jest.fn()} />);
    expect(screen.queryAllByLabelText(/^Data quality:/)).toEqual([]);
  });
});
