import { PERIOD_PATTERN } from '../../engine';

/** "2026-03" → 1 March 2026 (UTC midnight), the x value charts plot a month at; null for anything else. */
export function periodDate(period: string): Date | null {
  const match = PERIOD_PATTERN.exec(period);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) : null;
}
