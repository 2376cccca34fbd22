import { Dexie } from 'dexie';
import { useSyncExternalStore } from 'react';
import { db } from '../../lib/db/amends-db';
import { loadFilterEntries } from '../../lib/db/filter-entries';
import type { FilterEntry } from '../../lib/repairs/repair-filter';

/**
 * The timeline's search index: every repair's filter entry, kept in memory for as long as the options page is open,
 * so a search or a filter narrows at once, whenever the user starts it and however often they come back to the
 * timeline. It is read in small pages once the timeline is open, and read again when repairs change (the old entries
 * answer meanwhile).
 */
let entries: FilterEntry[] | undefined;
let stale = true;
let loading = false;
const listeners = new Set<() => void>();

/** A task boundary: lets a frame, a scroll or a key in between two pages. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function load(): void {
  if (loading || !stale) return;
  loading = true;
  stale = false;
  loadFilterEntries(db, { pause: nextTask })
    .then((next) => {
      entries = next;
      for (const listener of listeners) listener();
    })
    .catch(() => {
      // Try again the next time the timeline asks; the timeline keeps showing unfiltered pages meanwhile.
      stale = true;
    })
    .finally(() => {
      loading = false;
      if (stale && listeners.size > 0) load();
    });
}

const repairsTable = `idb://${db.name}/repairs/`;
Dexie.on.storagemutated.subscribe((parts) => {
  if (!Object.keys(parts).some((part) => part.startsWith(repairsTable))) return;
  stale = true;
  if (listeners.size > 0) load();
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // After the task that shows the timeline's first rows: those come first.
  setTimeout(load, 0);
  return () => listeners.delete(listener);
}

/** Every repair's filter entry, newest first; undefined until the first read is done. */
export function useFilterEntries(): FilterEntry[] | undefined {
  return useSyncExternalStore(subscribe, () => entries);
}
