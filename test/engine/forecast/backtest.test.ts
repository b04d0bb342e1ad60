import { backtest } from '../../../src/engine/forecast/backtest';
import { airPassengers } from './rDatasets';

describe('backtest', () => {
  it('scores seasonal naive exactly as the naive benchmark (improvement 0)', () => {
    const r = backtest(airPassengers, { period: 12, h: 12, method: 'snaive' });
    expect(r?.origins).toBe(12);
    expect(r?.mase).toBeCloseTo(r?.naiveMase ?? NaN, 12);
    expect(r?.improvement).toBeCloseTo(0, 12);
    expect(r?.method).toBe('Seasonal naive');
  });

  it('finds the combination more accurate than last year on a trending seasonal series', () => {
    // AirPassengers grows about 10 % a year, which seasonal naive ignores; every model here captures the trend.
    const r = backtest(airPassengers, { period: 12, h: 12, origins: 6 });
    expect(r?.origins).toBe(6);
    expect(r?.improvement).toBeGreaterThan(0.3);
    expect(r?.method).toMatch(/^combination\(ETS\(M,/);
  });

  it('is null when the history cannot hold one origin', () => {
    // Two seasons of training plus a 12-month horizon need 36 months; 30 are not enough.
    expect(backtest(airPassengers.slice(0, 30), { period: 12, h: 12 })).toBeNull();
    expect(backtest([], { period: 12, h: 12 })).toBeNull();
  });

  it('reports no improvement figure when seasonal naive is perfect', () => {
    const pattern = [5, 7, 9, 6];
    const y = Array.from({ length: 24 }, (_, t) => pattern[t % 4]);
    expect(backtest(y, { period: 4, h: 4 })?.improvement).toBeNull();
  });
});
