import { Dexie } from 'dexie';
import { useSyncExternalStore } from 'react';
import { db } from '../../lib/db/amends-db';

interface PageStoreOptions<T> {
  /** The tables the value is read from: a change to any of them reads it again. */
  tables: readonly string[];
  load(): Promise<T>;
  /** Read again when a view wants it and the value is older than this (for values that depend on the clock). */
  maxAgeMs?: number;
  /** The first read waits for prefetch(), not for the first view: for a read that must not slow the view's own. */
  lazy?: boolean;
}

export interface PageStore<T> {
  /** The last value read (undefined until the first read is done), and a new one as soon as it is read. */
  use(): T | undefined;
  /** Starts the first read, for a view the user is likely to open next (a value already read is left as it is). */
  prefetch(): void;
  /** What `use` is made of (useSyncExternalStore's two halves). */
  subscribe(listener: () => void): () => void;
  current(): T | undefined;
}

/**
 * A value read from the database and kept for as long as the options page is open, so a view that shows it renders
 * at once however often the user comes back to it. It is read again, in the background, when its tables change
 * (here, in the background or in another tab: Dexie relays changes) and when it has grown too old; meanwhile the
 * previous value answers, as with useLiveQuery.
 */
export function createPageStore<T>({ tables, load, maxAgeMs, lazy = false }: PageStoreOptions<T>): PageStore<T> {
  let value: T | undefined;
  let readAt = 0;
  let stale = true;
  let reading = false;
  const listeners = new Set<() => void>();
  const wanted = () => listeners.size > 0 && (!lazy || value !== undefined);

  const read = () => {
    if (reading || !stale) return;
    reading = true;
    stale = false;
    const started = Date.now();
    load().then(
      (next) => {
        value = next;
        readAt = started;
        reading = false;
        for (const listener of listeners) listener();
        // Changed while it was read: once more.
        if (stale && wanted()) read();
      },
      () => {
        // Tried again when a view next asks or the tables change, not at once; the view keeps what it had.
        reading = false;
        stale = true;
      },
    );
  };

  const parts = tables.map((table) => `idb://${db.name}/${table}/`);
  Dexie.on.storagemutated.subscribe((changed) => {
    if (!Object.keys(changed).some((part) => parts.some((prefix) => part.startsWith(prefix)))) return;
    stale = true;
    if (wanted()) read();
  });

  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    if (maxAgeMs !== undefined && Date.now() - readAt > maxAgeMs) stale = true;
    // After the task that renders the view: its own first reads go first.
    if (wanted()) setTimeout(read, 0);
    return () => listeners.delete(listener);
  };

  const current = () => value;
  return {
    use: () => useSyncExternalStore(subscribe, current),
    prefetch: () => {
      // Only the first: reading again for a view nobody looks at would only queue ahead of the reads of the one shown.
      if (value === undefined) read();
    },
    subscribe,
    current,
  };
}
