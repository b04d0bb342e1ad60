import { draftBlock, keepEditedDrafts } from '../../../src/engine/pack/commentaryDraft';
import { carryOverEntries } from '../../../src/engine/pack/carryOverEntries';
import type { Pack } from '../../../src/engine/pack/Pack';

const packWith = (lines: string[]): Pack => ({
  sheets: [{ key: 'summary', name: 'OR Summary', blocks: [draftBlock('Commentary', lines)] }],
  runLog: { generatedAt: '2026-07-03T09:15:00.000Z', period: '2026-06', settingsVersion: 1, author: null, sources: [] },
});

const draftOf = (pack: Pack) => {
  const block = pack.sheets[0].blocks[0];
  if (block.kind !== 'draft') throw new Error('no draft');
  return block;
};

const entry = (lineKey: string, commentary: string) => ({ lineKey, commentary, owner: null, action: null, due: null });

describe('the Summary commentary draft', () => {
  const june = packWith(['Revenue was 2.1 % above budget.', 'Fuel cost 4.0 % more than planned.']);
  const july = packWith(['Revenue was 3.0 % above budget.']);

  it('is redrafted on refresh when the user left it as drafted (line breaks as Excel returns them)', () => {
    const previous = draftOf(june);
    const read = entry(previous.key, previous.text.replace('\n', '\r\n'));
    const carried = carryOverEntries(july, [read]);
    expect(draftOf(carried.pack).text).toBe('Revenue was 3.0 % above budget.');
    expect(carried.retired).toBe(0);
  });

  it('is the user\u2019s once edited, and stays theirs on every later refresh', () => {
    const previous = draftOf(june);
    const edited = entry(previous.key, 'Revenue ahead on the Tilbury contract; fuel hedging from Q3.');
    const once = carryOverEntries(july, [edited]);
    const kept = draftOf(once.pack);
    expect(kept.text).toBe('Revenue ahead on the Tilbury contract; fuel hedging from Q3.');
    expect(once.retired).toBe(0);
    const twice = keepEditedDrafts(july, [entry(kept.key, kept.text)]);
    expect(draftOf(twice.pack).text).toBe(kept.text);
  });
});
