import type { FilterEntry } from '../repairs/repair-filter';
import type { AmendsDb } from './amends-db';
import { entryOfFilterKey, type FilterKey } from './repair-row';

/**
 * The few fields the timeline filters on, for every repair, newest first (the [createdAt+id] order), from the
 * facts.filter index's keys alone (repair-row.ts): no record is read, and the search text is folded already. Read
 * once; afterwards each key narrows in memory, without a trip to IndexedDB.
 */
export async function loadFilterEntries(db: AmendsDb): Promise<FilterEntry[]> {
  const keys = (await db.repairs.orderBy('facts.filter').reverse().keys()) as unknown as FilterKey[];
  return keys.map(entryOfFilterKey);
}
