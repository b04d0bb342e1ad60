/** A history made ready for the models: every value finite, gaps filled, and what was done said in words. */
export type PreparedSeries =
  | {
      readonly ok: true;
      readonly values: number[];
      /** How many empty periods were dropped before the first value (for season alignment). */
      readonly leading: number;
      /** How many empty periods follow the last value: they are forecast as part of the horizon. */
      readonly trailing: number;
      readonly notes: string[];
    }
  | { readonly ok: false; readonly reason: string };

const isValue = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Formats 1-based positions, listing at most eight. */
function positions(list: number[]): string {
  const shown = list.slice(0, 8).join(', ');
  return list.length > 8 ? `${shown} and ${list.length - 8} more` : shown;
}

/** What one period is called in notes: a month, a quarter, a year, or a plain period for other frequencies. */
export function periodWord(period: number): string {
  return period === 12 ? 'month' : period === 4 ? 'quarter' : period === 1 ? 'year' : 'period';
}

/**
 * Trims empty periods at both ends and fills interior gaps by linear interpolation between the neighbouring
 * values. Non-finite numbers count as empty. Positions in notes are 1-based, as a user counts months.
 * @param minimum - fewest observed values accepted; fewer give `{ ok: false, reason }`
 * @param period - periods per year, only to name them in notes ("month", "quarter", "year")
 */
export function prepareSeries(y: readonly (number | null)[], minimum: number, period = 0): PreparedSeries {
  const word = periodWord(period);
  const first = y.findIndex(isValue);
  if (first < 0) return { ok: false, reason: 'The series has no numeric values to forecast from.' };
  let last = y.length - 1;
  while (!isValue(y[last])) last--;
  const observed = y.slice(first, last + 1).filter(isValue).length;
  if (observed < minimum) {
    return {
      ok: false,
      reason: `Only ${observed} ${word}${observed === 1 ? '' : 's'} of history: at least ${minimum} are needed to forecast.`,
    };
  }
  const values: number[] = [];
  const filled: number[] = [];
  let prev = first;
  for (let t = first; t <= last; t++) {
    const v = y[t];
    if (isValue(v)) {
      values.push(v);
      prev = t;
      continue;
    }
    let next = t + 1;
    while (!isValue(y[next])) next++;
    const a = y[prev] as number;
    const b = y[next] as number;
    values.push(a + ((b - a) * (t - prev)) / (next - prev));
    filled.push(t + 1);
  }
  const notes: string[] = [];
  if (filled.length > 0) {
    const s = filled.length === 1 ? '' : 's';
    notes.push(`${filled.length} missing ${word}${s} interpolated (position${s} ${positions(filled)})`);
  }
  if (first > 0) notes.push(`${first} empty ${word}${first === 1 ? '' : 's'} before the first value ignored`);
  const trailing = y.length - 1 - last;
  if (trailing > 0) notes.push(`${trailing} empty ${word}${trailing === 1 ? '' : 's'} after the last value forecast`);
  return { ok: true, values, leading: first, trailing, notes };
}
