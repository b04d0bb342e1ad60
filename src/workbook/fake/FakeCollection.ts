/** Base of the fake's collections (worksheets, tables, charts): Office.js loading rules for `items`. */
import type { LoadSpec } from '../office/ExcelApi';
import { FakeClientObject, splitLoadSpec, type Loadable, type PropertyReaders } from './FakeClientObject';
import { readSet } from './FakeExcelError';

/** A collection proxy: `items` is readable only after `load("items/...")` and a sync. */
export abstract class FakeCollection<Item extends Loadable> extends FakeClientObject<Record<string, never>> {
  private loadedItems: Item[] | undefined;
  protected abstract current(): Item[];
  protected exists(): boolean {
    return true;
  }
  protected readers(): PropertyReaders<Record<string, never>> {
    return {};
  }
  protected override children(): Record<string, () => Item[]> {
    return {
      items: () => {
        this.loadedItems = this.current();
        return this.loadedItems;
      },
    };
  }
  get items(): Item[] {
    return readSet(this.loadedItems, 'items');
  }
  protected loadItems(spec: LoadSpec | undefined): void {
    const paths = splitLoadSpec(spec);
    // `load("name")` on a collection means its items' names, as in Office.js.
    this.loadPaths(paths.length === 0 ? ['items'] : paths.map((p) => (p.startsWith('items') ? p : `items/${p}`)));
  }
}
