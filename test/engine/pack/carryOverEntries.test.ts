import { buildPack } from '../../../src/engine/pack/buildPack';
import { carryOverEntries, RETIRED_HEADING } from '../../../src/engine/pack/carryOverEntries';
import type { RetiredCommentsBlock, TableBlock } from '../../../src/engine/pack/Pack';
import { analysisResult } from '../../fixtures/analysisResult';

const pack = buildPack(analysisResult, { generatedAt: '2026-04-03T09:15:00Z' });
const entry = (lineKey: string, commentary: string) => ({ lineKey, commentary, owner: 'CFO', action: null, due: null });

describe('carryOverEntries', () => {
  it('puts entries back on the variance rows and retires the rest on the Variance sheet, with a message', () => {
    const carried = carryOverEntries(pack, [
      entry('Rent | Admin', 'Lease renewed'),
      entry('Travel | Sales', 'Trade fair'),
    ]);
    const variance = carried.pack.sheets[1];
    const lines = variance.blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(lines?.rows.find((r) => r.key === 'Rent | Admin')?.values).toMatchObject({
      commentary: 'Lease renewed',
      owner: 'CFO',
    });
    const retired = variance.blocks.find((b): b is RetiredCommentsBlock => b.kind === 'retiredComments');
    expect(retired).toEqual({
      kind: 'retiredComments',
      heading: RETIRED_HEADING,
      entries: [entry('Travel | Sales', 'Trade fair')],
    });
    expect(carried).toMatchObject({ kept: 1, retired: 1 });
    expect(carried.messages).toEqual([
      '1 comment entry whose line is no longer in the analysis was kept under "Retired comments" on OR Variance.',
    ]);
  });

  it('replaces the retired block of the previous pack rather than stacking a second one', () => {
    const once = carryOverEntries(pack, [entry('Travel | Sales', 'Trade fair')]).pack;
    const twice = carryOverEntries(once, [entry('Travel | Sales', 'Trade fair')]).pack;
    expect(twice.sheets[1].blocks.filter((b) => b.kind === 'retiredComments')).toHaveLength(1);
  });

  it('keeps entries as retired on the first sheet when the pack has no Variance sheet', () => {
    const summaryOnly = buildPack(analysisResult, { generatedAt: '2026-04-03T09:15:00Z', sheets: ['summary'] });
    const carried = carryOverEntries(summaryOnly, [entry('Rent | Admin', 'Lease renewed')]);
    expect(carried.pack.sheets[0].blocks.at(-1)).toMatchObject({ kind: 'retiredComments' });
  });

  it('changes nothing and says nothing when there were no entries', () => {
    const carried = carryOverEntries(pack, []);
    expect(carried.pack).toEqual(pack);
    expect(carried.messages).toEqual([]);
  });
});
