import {
  dynamicOptimisedTheta,
  dynamicOptimisedThetaForecast,
  fitDynamicOptimisedTheta,
} from '../../../src/engine/forecast/dynamicOptimisedTheta';
import { airPassengers, nile } from './rDatasets';

describe('dynamicOptimisedThetaForecast', () => {
  it('runs the recursion of Fiorucci et al. (2016) as statsforecast does', () => {
    // Worked example: statsforecast 2.1.1 theta.py (initstate, thetaupdate, thetafcst for DOTM) transcribed into
    // Python and run with alpha 0.5, theta 3, initial level 9 on this series gives the forecasts
    // 18.978608631, 19.7230156523, 20.4360909795.
    const y = [10, 12, 11, 14, 15, 17, 16, 19];
    const f = dynamicOptimisedThetaForecast(y, { alpha: 0.5, theta: 3, level0: 9 }, 3);
    expect(f.mean[0]).toBeCloseTo(18.978608631, 8);
    expect(f.mean[1]).toBeCloseTo(19.7230156523, 8);
    expect(f.mean[2]).toBeCloseTo(20.4360909795, 8);
    expect(f.name).toBe('DOTM');
  });

  it('gives standard errors from its in-sample errors that never shrink with the horizon', () => {
    const p = fitDynamicOptimisedTheta(nile);
    const f = dynamicOptimisedThetaForecast(nile, p, 12);
    f.sd.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(i === 0 ? 0 : f.sd[i - 1]));
    // The Nile's one-step error is about 140 (R: sqrt(ses(Nile)$model$mse) = 142.8); ours must be that size.
    expect(f.sd[0]).toBeGreaterThan(120);
    expect(f.sd[0]).toBeLessThan(170);
  });
});

describe('fitDynamicOptimisedTheta', () => {
  it('keeps alpha and theta inside the bounds of statsforecast', () => {
    const p = fitDynamicOptimisedTheta(nile);
    expect(p.alpha).toBeGreaterThanOrEqual(0.1);
    expect(p.alpha).toBeLessThanOrEqual(0.99);
    expect(p.theta).toBeGreaterThanOrEqual(1);
  });

  it('continues a straight line', () => {
    const line = Array.from({ length: 40 }, (_, t) => 100 + 2 * t);
    const f = dynamicOptimisedThetaForecast(line, fitDynamicOptimisedTheta(line), 3);
    // Next values of the line: 180, 182, 184.
    f.mean.forEach((v, i) => expect(v).toBeCloseTo(180 + 2 * i, 0));
  });
});

describe('dynamicOptimisedTheta', () => {
  it('reseasonalises a seasonal series', () => {
    const f = dynamicOptimisedTheta(airPassengers, 12, 12);
    // July 1961 (step 7) is a summer peak, November (step 11) a trough, as in every year of the history.
    expect(f.mean[6]).toBeGreaterThan(f.mean[10] * 1.3);
  });
});
