import type { MethodForecast } from './MethodForecast';

/**
 * Equal-weight combination of forecasts, the most robust of combination schemes (Clemen 1989; Makridakis et al.
 * 2018 on M4). The standard error averages the members' standard errors: the members' errors are strongly
 * correlated, and averaging sd (perfect correlation) rather than variances keeps the interval from looking
 * narrower than any single member's without evidence.
 */
export function combination(members: readonly MethodForecast[]): MethodForecast {
  if (members.length === 1) return members[0];
  const h = members[0].mean.length;
  const mean: number[] = [];
  const sd: number[] = [];
  for (let i = 0; i < h; i++) {
    mean.push(members.reduce((a, f) => a + f.mean[i], 0) / members.length);
    sd.push(members.reduce((a, f) => a + f.sd[i], 0) / members.length);
  }
  return { name: `combination(${members.map((f) => f.name).join(', ')})`, mean, sd };
}
