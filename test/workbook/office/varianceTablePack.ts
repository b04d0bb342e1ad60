/**
 * A hand-built pack for writer tests: one "OR Variance" sheet with a keyed variance table of `lines` lines (the
 * shape buildPack gives: hidden line key, account, budget, actual, variance, then the editable columns), so tests
 * control the account names (hostile text) and the size (5,000 lines) exactly.
 */
import { EDITABLE_COLUMNS, LINE_KEY_COLUMN } from '../../../src/engine/pack/editableColumns';
import { layoutPack } from '../../../src/engine/pack/layoutPack';
import type { Pack, PackRow, SourceFingerprint, TableBlock } from '../../../src/engine/pack/Pack';

export interface TestLine {
  readonly key: string;
  readonly account: string;
  readonly budget: number;
  readonly actual: number;
}

export function varianceTable(lines: readonly TestLine[]): TableBlock {
  const rows: PackRow[] = lines.map((line) => ({
    key: line.key,
    values: {
      lineKey: line.key,
      account: line.account,
      budget: line.budget,
      actual: line.actual,
      variance: line.actual - line.budget,
      commentary: null,
      owner: null,
      action: null,
      due: null,
    },
  }));
  return {
    kind: 'table',
    id: 'variance-lines',
    heading: 'Variance by line',
    columns: [
      LINE_KEY_COLUMN,
      { key: 'account', header: 'Account', kind: 'text' },
      { key: 'budget', header: 'Budget', kind: 'currency' },
      { key: 'actual', header: 'Actual', kind: 'currency' },
      { key: 'variance', header: 'ΔBU', kind: 'currency' },
      ...EDITABLE_COLUMNS,
    ],
    rows,
    keyColumn: LINE_KEY_COLUMN.key,
    conditionalFormats: [{ column: 'variance', rule: 'negative-red' }],
  };
}

export function sources(count: number): SourceFingerprint[] {
  return Array.from({ length: count }, (_, i) => ({
    source: `Budget ${i + 1}`,
    fingerprint: `f${i}`,
    rows: 10,
    columns: 14,
  }));
}

/** Lines "L0001".. with account "Account 1".., budget 1,000 × n and actual 1,000 × n + 50. */
export function numberedLines(count: number): TestLine[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `L${String(i + 1).padStart(4, '0')}`,
    account: `Account ${i + 1}`,
    budget: 1000 * (i + 1),
    actual: 1000 * (i + 1) + 50,
  }));
}

export function variancePack(lines: readonly TestLine[], sourceCount = 1): Pack {
  return {
    sheets: [
      {
        key: 'variance',
        name: 'OR Variance',
        blocks: [
          { kind: 'title', who: null, title: 'Variance', when: 'March 2026', subtitle: 'Prepared with Ops Review' },
          varianceTable(lines),
        ],
      },
    ],
    runLog: {
      generatedAt: '2026-04-03T10:00:00.000Z',
      period: '2026-03',
      settingsVersion: 1,
      author: null,
      sources: sources(sourceCount),
    },
  };
}

/** Address of the Commentary cell of the line `key` in the layout of `variancePack(lines)`. */
export function commentaryCell(lines: readonly TestLine[], key: string): string {
  const region = layoutPack(variancePack(lines))[0].editable[0];
  const row = region.lineKeys.indexOf(key);
  const column = region.columns.find((c) => c.key === 'commentary');
  if (row < 0 || !column) throw new Error(`no line ${key}`);
  const [from] = column.range.split(':');
  return `${from.replace(/\d+$/, '')}${Number(/\d+$/.exec(from)?.[0]) + row}`;
}
