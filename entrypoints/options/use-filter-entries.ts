import { useEffect } from 'react';
import { db } from '../../lib/db/amends-db';
import { loadFilterEntries } from '../../lib/db/filter-entries';
import type { FilterEntry } from '../../lib/repairs/repair-filter';
import { createPageStore } from './page-store';

/**
 * The timeline's search index: every repair's filter entry, newest first, kept while the options page is open, so a
 * search or a filter narrows in memory at once, whenever the user starts it and however often they come back to the
 * timeline. Read in small pages once asked for; undefined until then.
 */
const filterEntries = createPageStore<FilterEntry[]>({ tables: ['repairs'], load: () => loadFilterEntries(db), lazy: true });

/** The entries; reading them starts once `wanted` (the timeline asks after its first rows are on screen). */
export function useFilterEntries(wanted: boolean): FilterEntry[] | undefined {
  const entries = filterEntries.use();
  useEffect(() => {
    if (wanted) filterEntries.prefetch();
  }, [wanted]);
  return entries;
}
