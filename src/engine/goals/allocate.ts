/**
 * Spreads a total over shares in proportion to `weights`, rounded to `decimals`, so that the parts add up exactly
 * to the total (Hamilton's largest-remainder method): every part gets the floor of its exact quota in units of
 * 10^-decimals, then the units left over go one each to the largest remainders (ties: the larger weight, then the
 * earlier position). This is how an R&D budget is split across departments by weights or by last year's amounts
 * (pass those as the weights), or an annual target across months.
 *
 * The parts sum exactly in whole units of 10^-decimals; the total itself is first rounded to `decimals`. A
 * negative total is spread as its absolute value, negated. Totals too large to count in such units (over 2^53 of
 * them) are split in proportion, the last share taking the rest.
 *
 * @param decimals - decimal places of each part. @default 0
 * @throws Error when a weight is negative or not finite, no weight is positive, or decimals is not 0-10
 * (a caller bug: user weights are checked, with diagnostics, before they reach here).
 */
export function allocate(total: number, weights: readonly number[], decimals = 0): number[] {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new Error(`allocate requires decimals between 0 and 10, got ${decimals}`);
  }
  if (!Number.isFinite(total)) throw new Error(`allocate requires a finite total, got ${total}`);
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) {
    throw new Error('allocate requires weights that are finite and not negative');
  }
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (!(weightSum > 0)) throw new Error('allocate requires at least one positive weight');

  const scale = 10 ** decimals;
  const sign = total < 0 ? -1 : 1;
  const units = Math.round(Math.abs(total) * scale);
  // Past 2^53 units a double cannot count single units, so no rounding can make the parts add up exactly; split in
  // proportion and let the last share take the rest, which is as exact as doubles allow.
  if (units > Number.MAX_SAFE_INTEGER) return proportional(total, weights, weightSum);
  const quotas = weights.map((w) => (units * w) / weightSum);
  const parts = quotas.map(Math.floor);
  let left = units - parts.reduce((a, b) => a + b, 0);
  // Floating-point quotas may sum a hair under `units`, leaving up to n units; a quota a hair under an integer
  // (2.9999999) then has the largest remainder, so it gets the unit back, which is what makes the method exact.
  const order = quotas
    .map((q, i) => ({ i, remainder: q - parts[i] }))
    .filter(({ i }) => weights[i] > 0)
    .sort((a, b) => b.remainder - a.remainder || weights[b.i] - weights[a.i] || a.i - b.i);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) {
    parts[order[k].i] += 1;
  }
  return parts.map((p) => (sign * p) / scale + 0);
}

function proportional(total: number, weights: readonly number[], weightSum: number): number[] {
  const parts = weights.map((w) => (total * w) / weightSum);
  const last = weights.reduce((found, w, i) => (w > 0 ? i : found), -1);
  parts[last] = total - parts.reduce((sum, part, i) => (i === last ? sum : sum + part), 0);
  return parts;
}
