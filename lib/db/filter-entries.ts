import { personKey } from '../repairs/person-key';
import { searchHaystack, type FilterEntry } from '../repairs/repair-filter';
import type { AmendsDb } from './amends-db';

/**
 * The few fields the timeline filters on, for every repair, newest first (the [createdAt+id] order). Read once when
 * the user starts to filter or search; afterwards each key narrows in memory, without a trip to IndexedDB.
 */
export async function loadFilterEntries(db: AmendsDb): Promise<FilterEntry[]> {
  const repairs = await db.repairs.orderBy('[createdAt+id]').reverse().toArray();
  return repairs.map((repair) => ({
    id: repair.id,
    createdAt: repair.createdAt,
    personKey: repair.personKey ?? personKey(repair.person),
    status: repair.status,
    channel: repair.channel,
    haystack: searchHaystack(repair),
  }));
}
