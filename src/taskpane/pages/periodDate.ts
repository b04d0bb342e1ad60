/** "2026-03" → 1 March 2026 (UTC midnight), the x value charts plot a month at; null for anything else. */
export function periodDate(period: string): Date | null {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) : null;
}
