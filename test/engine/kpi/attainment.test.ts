import { attainment, margin, metTarget } from '../../../src/engine/kpi/attainment';
import type { KpiTarget } from '../../../src/engine/kpi/KpiTarget';
import { status } from '../../../src/engine/kpi/status';

const higher = (value: number): KpiTarget => ({ direction: 'higher', value, low: null, high: null });
const lower = (value: number): KpiTarget => ({ direction: 'lower', value, low: null, high: null });
const range = (low: number, high: number): KpiTarget => ({ direction: 'range', value: (low + high) / 2, low, high });

describe('attainment', () => {
  it('is actual / target for higher-is-better', () => {
    // On-time delivery 94.1 against 95: 94.1 / 95 = 0.990526...
    expect(attainment(94.1, higher(95))).toBeCloseTo(0.990526, 6);
  });

  it('is target / actual for lower-is-better', () => {
    // DSO 50 days against 45: 45 / 50 = 0.9; 40 days beats it: 45 / 40 = 1.125
    expect(attainment(50, lower(45))).toBeCloseTo(0.9, 12);
    expect(attainment(40, lower(45))).toBeCloseTo(1.125, 12);
  });

  it('is undefined (null) for a zero target on higher-is-better, and for a zero actual on lower-is-better', () => {
    expect(attainment(3, higher(0))).toBeNull();
    expect(attainment(0, lower(2))).toBeNull();
    expect(attainment(0, lower(0))).toBeNull();
  });

  it('is 0 when a lower-is-better KPI with a zero target has any occurrence (0 / 3)', () => {
    expect(attainment(3, lower(0))).toBe(0);
  });

  it('is 1 inside a range and the missed edge ratio outside it', () => {
    // Inventory days 30-40: 35 inside; 27 below: 27 / 30 = 0.9; 50 above: 40 / 50 = 0.8
    expect(attainment(35, range(30, 40))).toBe(1);
    expect(attainment(27, range(30, 40))).toBeCloseTo(0.9, 12);
    expect(attainment(50, range(30, 40))).toBeCloseTo(0.8, 12);
  });

  it('measures the margin on the good side of the target in the KPI units', () => {
    expect(margin(92, higher(95))).toBe(-3);
    expect(margin(42, lower(45))).toBe(3);
    expect(margin(27, range(30, 40))).toBe(-3);
    expect(margin(43, range(30, 40))).toBe(-3);
    expect(metTarget(0, lower(0))).toBe(true);
    expect(metTarget(1, lower(0))).toBe(false);
  });
});

describe('status', () => {
  it('uses the default thresholds: green >= 1, amber >= 0.95, red below', () => {
    expect(status(95, higher(95))).toBe('green');
    expect(status(90.25, higher(95))).toBe('amber'); // 90.25 / 95 = 0.95 exactly
    expect(status(90.2, higher(95))).toBe('red'); // 0.94947...
    expect(status(47, lower(45))).toBe('amber'); // 45 / 47 = 0.9574
    expect(status(48, lower(45))).toBe('red'); // 45 / 48 = 0.9375
  });

  it('decides zero-target KPIs by met or missed, with no amber', () => {
    expect(status(0, lower(0))).toBe('green'); // zero incidents against zero
    expect(status(1, lower(0))).toBe('red');
    expect(status(0, higher(0))).toBe('green');
    expect(status(-1, higher(0))).toBe('red');
  });

  it('applies absolute thresholds to the margin', () => {
    const thresholds = { green: 0, amber: -2, mode: 'abs' as const };
    expect(status(46, lower(45), thresholds)).toBe('amber'); // 1 day over
    expect(status(48, lower(45), thresholds)).toBe('red'); // 3 days over
    expect(status(45, lower(45), thresholds)).toBe('green');
  });

  it('is none without an actual or a target', () => {
    expect(status(null, higher(1))).toBe('none');
    expect(status(1, null)).toBe('none');
  });
});
