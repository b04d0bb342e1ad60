/**
 * Proxy semantics shared by every fake Excel object, modelled on `OfficeExtension.ClientObject`:
 * - scalar properties are readable only after `load()` and `sync()` (else Excel's `PropertyNotLoaded` error);
 * - setting a property queues the write for the next sync and, as in Office.js, caches the value locally;
 * - `isNullObject` is known only after a sync, for objects got through a `...OrNullObject` method.
 */
import type { LoadSpec } from '../office/ExcelApi';
import { itemNotFound, propertyNotLoaded } from './FakeExcelError';
import type { FakeSession } from './FakeSession';

/** How to compute each loadable property on the host, at sync time. */
export type PropertyReaders<T> = { readonly [K in keyof T]: () => T[K] };

/** Something `load("a/b")` can descend into. */
export interface Loadable {
  applyLoad(paths: readonly string[]): unknown;
}

/** The property paths of a `load` argument ("a, b/c" or ["a", "b/c"]). */
export function splitLoadSpec(spec: LoadSpec | undefined): string[] {
  if (spec === undefined) return [];
  const list = Array.isArray(spec) ? spec : spec.split(',');
  return list.map((p) => p.trim()).filter((p) => p !== '');
}

/** Base of every fake proxy; `T` lists its loadable scalar properties. */
export abstract class FakeClientObject<T extends object> implements Loadable {
  private readonly cache: Partial<T> = {};
  private nullState: boolean | undefined;

  constructor(
    protected readonly session: FakeSession,
    /** Readable object path, sent on the wire like Office.js's object path. */
    readonly path: string,
  ) {
    session.track(this);
  }

  /** Whether the object exists on the host; only `...OrNullObject` methods produce objects that may not. */
  protected abstract exists(): boolean;
  protected abstract readers(): PropertyReaders<T>;
  /** Child objects reachable by `load("child/prop")`. */
  protected children(): Readonly<Record<string, Loadable | (() => readonly Loadable[])>> {
    return {};
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded('isNullObject');
    return this.nullState;
  }

  settle(): void {
    this.nullState = !this.exists();
  }

  protected loadPaths(spec: LoadSpec | undefined): void {
    const paths = splitLoadSpec(spec);
    this.session.enqueue({ wire: { path: this.path, load: paths }, apply: () => this.applyLoad(paths) });
  }

  applyLoad(paths: readonly string[]): unknown {
    if (!this.exists()) return null;
    const readers = this.readers();
    const childNames = Object.keys(this.children());
    const isChild = (p: string) => p.includes('/') || childNames.includes(p);
    const own = paths.filter((p) => !isChild(p));
    const keys = (paths.length > 0 ? own : Object.keys(readers)) as (keyof T & string)[];
    const reply: Record<string, unknown> = {};
    for (const key of keys) {
      const read = readers[key];
      if (read === undefined) continue;
      const value = read();
      this.cache[key] = value;
      reply[key] = value;
    }
    const nested = new Map<string, string[]>();
    for (const p of paths.filter(isChild)) {
      const [head, ...rest] = p.split('/');
      const tail = rest.join('/');
      nested.set(head, [...(nested.get(head) ?? []), ...(tail === '' ? [] : [tail])]);
    }
    for (const [head, rest] of nested) {
      const child = this.children()[head];
      if (child === undefined) continue;
      reply[head] = typeof child === 'function' ? child().map((c) => c.applyLoad(rest)) : child.applyLoad(rest);
    }
    return reply;
  }

  protected read<K extends keyof T & string>(key: K): T[K] {
    if (this.nullState === true) throw propertyNotLoaded(key);
    if (!(key in this.cache)) throw propertyNotLoaded(key);
    return this.cache[key] as T[K];
  }

  /** Queues a property write; `apply` runs on the host at sync. */
  protected write<K extends keyof T & string>(key: K, value: T[K], apply: () => void): void {
    this.cache[key] = value;
    this.session.enqueue({
      wire: { path: this.path, set: key, value },
      apply: () => {
        this.requireExists();
        apply();
      },
    });
  }

  /** Queues a method call. */
  protected call(method: string, args: readonly unknown[], apply: () => void): void {
    this.session.enqueue({
      wire: { path: this.path, call: method, args },
      apply: () => {
        this.requireExists();
        apply();
      },
    });
  }

  protected requireExists(): void {
    if (!this.exists()) throw itemNotFound();
  }
}
