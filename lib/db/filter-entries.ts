import { personKey } from '../repairs/person-key';
import { searchHaystack, type FilterEntry } from '../repairs/repair-filter';
import type { Repair } from '../repairs/schemas';
import type { AmendsDb } from './amends-db';
import { pageRepairsByDate, type RepairCursor } from './repair-queries';

/**
 * Rows per read: few reads, so the index is ready soon after the timeline opens, yet each page is read and folded in
 * one short task (the page scrolls and answers keys while the next page is fetched).
 */
const ENTRIES_PAGE = 1000;

interface LoadOptions {
  pageSize?: number;
  /** Awaited between pages, so the page can scroll, paint and answer keys while thousands of repairs are read. */
  pause?: () => Promise<void>;
}

export function toFilterEntry(repair: Repair): FilterEntry {
  return {
    id: repair.id,
    createdAt: repair.createdAt,
    personKey: repair.personKey ?? personKey(repair.person),
    status: repair.status,
    channel: repair.channel,
    haystack: searchHaystack(repair),
  };
}

/**
 * The few fields the timeline filters on, for every repair, newest first (the [createdAt+id] order). Read once, a
 * page at a time; afterwards each key narrows in memory, without a trip to IndexedDB.
 */
export async function loadFilterEntries(db: AmendsDb, { pageSize = ENTRIES_PAGE, pause }: LoadOptions = {}): Promise<FilterEntry[]> {
  const entries: FilterEntry[] = [];
  let after: RepairCursor | undefined;
  do {
    const page = await pageRepairsByDate(db, { after, limit: pageSize });
    for (const repair of page.repairs) entries.push(toFilterEntry(repair));
    after = page.next;
    if (after && pause) await pause();
  } while (after);
  return entries;
}
