import type { Period, Scenario } from '../read/datasets';
import type { LineFacts } from './groupLines';

/** The total of one scenario over some months, and whether any of those months had an amount at all. */
export interface WindowSum {
  readonly value: number;
  readonly found: boolean;
}

const NOTHING: WindowSum = { value: 0, found: false };

/** Adds up a line's amounts of one scenario over `periods`; months without an amount count as 0. */
export function sumWindow(line: LineFacts, scenario: Scenario, periods: readonly Period[]): WindowSum {
  const amounts = line.scenarios[scenario]?.amounts;
  if (amounts === undefined) return NOTHING;
  let value = 0;
  let found = false;
  for (const period of periods) {
    const amount = amounts.get(period);
    if (amount !== undefined) {
      value += amount;
      found = true;
    }
  }
  return { value, found };
}
