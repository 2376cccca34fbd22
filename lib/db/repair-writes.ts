import type { AmendsDb } from './amends-db';
import { fromFollowUpRow, toFollowUpRow } from './follow-up-row';
import { toRepairRow } from './repair-row';
import type { FollowUp, Repair } from '../repairs/schemas';

// Not "NotFoundError": Dexie rewraps errors by that name.
export class MissingRecordError extends Error {
  override name = 'MissingRecordError';
}

/** A new repair and its planned follow-ups land together or not at all. */
export async function addRepair(db: AmendsDb, repair: Repair, followUps: readonly FollowUp[]): Promise<void> {
  await db.transaction('rw', db.repairs, db.followUps, async () => {
    await db.repairs.add(toRepairRow(repair));
    await db.followUps.bulkAdd(followUps.map(toFollowUpRow));
  });
}

export interface RepairChange {
  repair: Repair;
  removeFollowUps?: readonly string[];
  putFollowUps?: readonly FollowUp[];
}

/** Reads a repair with its follow-ups, lets `change` decide, and writes the result in one transaction. */
export async function changeRepair(
  db: AmendsDb,
  id: string,
  change: (repair: Repair, followUps: FollowUp[]) => RepairChange,
): Promise<Repair> {
  return db.transaction('rw', db.repairs, db.followUps, async () => {
    const repair = await db.repairs.get(id);
    if (!repair) throw new MissingRecordError(`No repair with id "${id}"`);
    const rows = await db.followUps.where('repairId').equals(id).toArray();
    const result = change(repair, rows.map(fromFollowUpRow));
    await db.repairs.put(toRepairRow(result.repair));
    if (result.removeFollowUps?.length) await db.followUps.bulkDelete([...result.removeFollowUps]);
    if (result.putFollowUps?.length) await db.followUps.bulkPut(result.putFollowUps.map(toFollowUpRow));
    return result.repair;
  });
}

/** Adds follow-ups to an existing repair. */
export async function addFollowUps(db: AmendsDb, followUps: readonly FollowUp[]): Promise<void> {
  await db.transaction('rw', db.repairs, db.followUps, async () => {
    for (const repairId of new Set(followUps.map((f) => f.repairId))) {
      if ((await db.repairs.get(repairId)) === undefined) throw new MissingRecordError(`No repair with id "${repairId}"`);
    }
    await db.followUps.bulkAdd(followUps.map(toFollowUpRow));
  });
}

/** Reads one follow-up, lets `change` decide, writes it back. */
export async function changeFollowUp(
  db: AmendsDb,
  id: string,
  change: (followUp: FollowUp) => FollowUp,
): Promise<FollowUp> {
  return db.transaction('rw', db.followUps, async () => {
    const row = await db.followUps.get(id);
    if (!row) throw new MissingRecordError(`No follow-up with id "${id}"`);
    const next = change(fromFollowUpRow(row));
    await db.followUps.put(toFollowUpRow(next));
    return next;
  });
}

export async function getFollowUp(db: AmendsDb, id: string): Promise<FollowUp | undefined> {
  const row = await db.followUps.get(id);
  return row && fromFollowUpRow(row);
}

/** A repair and all its follow-ups. */
export async function deleteRepair(db: AmendsDb, id: string): Promise<void> {
  await db.transaction('rw', db.repairs, db.followUps, async () => {
    await db.followUps.where('repairId').equals(id).delete();
    await db.repairs.delete(id);
  });
}

/** Everything the user logged. The UI asks for confirmation first. */
export async function deleteAllData(db: AmendsDb): Promise<void> {
  await db.transaction('rw', db.repairs, db.followUps, async () => {
    await db.repairs.clear();
    await db.followUps.clear();
  });
}

/** Deletes a repair with its follow-ups and hands both back, so the deletion can be undone. */
export async function takeRepair(db: AmendsDb, id: string): Promise<{ repair: Repair; followUps: FollowUp[] }> {
  return db.transaction('rw', db.repairs, db.followUps, async () => {
    const repair = await db.repairs.get(id);
    if (!repair) throw new MissingRecordError(`No repair with id "${id}"`);
    const rows = await db.followUps.where('repairId').equals(id).toArray();
    await db.followUps.bulkDelete(rows.map((row) => row.id));
    await db.repairs.delete(id);
    return { repair, followUps: rows.map(fromFollowUpRow) };
  });
}

/** Undo of takeRepair: the repair and its follow-ups come back as they were. */
export async function restoreRepair(db: AmendsDb, repair: Repair, followUps: readonly FollowUp[]): Promise<void> {
  if (followUps.some((f) => f.repairId !== repair.id)) throw new Error('Every follow-up must belong to the restored repair');
  await db.transaction('rw', db.repairs, db.followUps, async () => {
    await db.repairs.put(toRepairRow(repair));
    await db.followUps.bulkPut(followUps.map(toFollowUpRow));
  });
}
