import { z } from 'zod';
import type { Diagnostic } from '../../../src/engine/diagnostics';
import { guardSection } from '../../../src/engine/analyze/guardSection';

const Scores = z.array(z.number().finite());

describe('guardSection', () => {
  it('passes a section that keeps the schema through untouched', () => {
    const diagnostics: Diagnostic[] = [];
    expect(guardSection('KPI scorecard', 'KPIs', Scores, [], () => [0.9, 1.1], diagnostics)).toEqual([0.9, 1.1]);
    expect(diagnostics).toEqual([]);
  });

  it('replaces a section that throws with its fallback and says so', () => {
    const diagnostics: Diagnostic[] = [];
    const result = guardSection(
      'SWOT matrix',
      'SWOT',
      Scores,
      [],
      () => {
        throw new Error('weights do not converge');
      },
      diagnostics,
    );
    expect(result).toEqual([]);
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        sheet: 'SWOT',
        cell: null,
        code: 'section-failed',
        message:
          'The SWOT matrix could not be worked out from this workbook (weights do not converge), so it is left out; the rest of the review is complete. Please report this with the workbook.',
      },
    ]);
  });

  it('replaces a section whose output breaks the published schema (a NaN, an Infinity)', () => {
    const diagnostics: Diagnostic[] = [];
    expect(
      guardSection('list of bottlenecks', 'KPIs', Scores, [], () => [1, Number.POSITIVE_INFINITY], diagnostics),
    ).toEqual([]);
    expect(diagnostics[0].message).toMatch(/^The list of bottlenecks could not be worked out from this workbook \(1: /);
  });
});
