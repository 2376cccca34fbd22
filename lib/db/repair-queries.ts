import { Dexie } from 'dexie';
import type { AmendsDb } from './amends-db';
import { fromFollowUpRow } from './follow-up-row';
import type { FollowUp, Repair, RepairStatus } from '../repairs/schemas';

/** Where the previous page ended; pass it back to get the next (older) page. */
export interface RepairCursor {
  createdAt: number;
  id: string;
}

export interface RepairPage {
  repairs: Repair[];
  next?: RepairCursor;
}

/** The timeline, newest first, one page at a time. Keyset paging: page 500 costs what page 1 does. */
export async function pageRepairsByDate(
  db: AmendsDb,
  { after, limit = 50 }: { after?: RepairCursor; limit?: number } = {},
): Promise<RepairPage> {
  const newestFirst = after
    ? db.repairs.where('[createdAt+id]').below([after.createdAt, after.id])
    : db.repairs.orderBy('[createdAt+id]');
  const repairs = await newestFirst.reverse().limit(limit).toArray();
  const last = repairs.at(-1);
  return repairs.length === limit && last ? { repairs, next: { createdAt: last.createdAt, id: last.id } } : { repairs };
}

/** One person's repairs, newest first; the name matches regardless of case. */
export async function listRepairsByPerson(db: AmendsDb, person: string): Promise<Repair[]> {
  const repairs = await db.repairs.where('person').equalsIgnoreCase(person.trim()).toArray();
  return repairs.sort((a, b) => b.createdAt - a.createdAt);
}

/** Repairs in one status, newest first. */
export function listRepairsByStatus(db: AmendsDb, status: RepairStatus, limit = 200): Promise<Repair[]> {
  return db.repairs
    .where('[status+createdAt]')
    .between([status, Dexie.minKey], [status, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

export function getRepair(db: AmendsDb, id: string): Promise<Repair | undefined> {
  return db.repairs.get(id);
}

/** A repair's follow-ups in due order. */
export async function listFollowUpsOfRepair(db: AmendsDb, repairId: string): Promise<FollowUp[]> {
  const rows = await db.followUps.where('repairId').equals(repairId).toArray();
  return rows.map(fromFollowUpRow).sort((a, b) => a.dueAt - b.dueAt);
}

/** Every repair with one person, newest first, through the personKey index: "Sam" and "sam" are one person. */
export async function listRepairsByPersonKey(db: AmendsDb, key: string): Promise<Repair[]> {
  const repairs = await db.repairs.where('personKey').equals(key).toArray();
  return repairs.sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
}

/** Repairs by id, in the order asked (missing ones left out). */
export async function getRepairsByIds(db: AmendsDb, ids: readonly string[]): Promise<Repair[]> {
  const found = await db.repairs.bulkGet([...ids]);
  return found.filter((repair) => repair !== undefined);
}

/** The follow-ups of several repairs at once (a page of the timeline), in due order. */
export async function listFollowUpsOfRepairs(db: AmendsDb, repairIds: readonly string[]): Promise<FollowUp[]> {
  if (repairIds.length === 0) return [];
  // One request per repair, all sent at once: anyOf() would walk one cursor, waiting on IndexedDB at every step.
  const rows = await db.transaction('r', db.followUps, () => Promise.all(repairIds.map((id) => db.followUps.where('repairId').equals(id).toArray())));
  return rows.flat().map(fromFollowUpRow).sort((a, b) => a.dueAt - b.dueAt);
}

export function countRepairs(db: AmendsDb): Promise<number> {
  return db.repairs.count();
}
