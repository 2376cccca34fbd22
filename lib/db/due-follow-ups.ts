import type { AmendsDb } from './amends-db';
import { fromFollowUpRow } from './follow-up-row';
import type { FollowUp, Repair } from '../repairs/schemas';

export interface DueFollowUp {
  followUp: FollowUp;
  repair: Repair;
}

/** Open follow-ups whose time has come, oldest first, each with its repair (for the person's name). */
export async function listDueFollowUps(db: AmendsDb, now: number): Promise<DueFollowUp[]> {
  return db.transaction('r', db.followUps, db.repairs, async () => {
    const rows = await db.followUps.where('pendingAt').belowOrEqual(now).toArray();
    return withRepairs(db, rows.map(fromFollowUpRow));
  });
}

/** The badge number: reads index keys only. */
export function countDueFollowUps(db: AmendsDb, now: number): Promise<number> {
  return db.followUps.where('pendingAt').belowOrEqual(now).count();
}

/** Open follow-ups that became due in (after, upTo]: the ones a reminder has not announced yet. */
export async function listNewlyDue(db: AmendsDb, after: number, upTo: number): Promise<DueFollowUp[]> {
  if (upTo <= after) return [];
  return db.transaction('r', db.followUps, db.repairs, async () => {
    const rows = await db.followUps.where('pendingAt').between(after, upTo, false, true).toArray();
    return withRepairs(db, rows.map(fromFollowUpRow));
  });
}

/** Ids of the due follow-ups, from the index alone. */
export async function listDueFollowUpIds(db: AmendsDb, now: number): Promise<string[]> {
  return (await db.followUps.where('pendingAt').belowOrEqual(now).primaryKeys()) as string[];
}

/** When the next open follow-up comes due after `now`, for the alarm. */
export async function nextPendingAfter(db: AmendsDb, now: number): Promise<number | undefined> {
  const next = await db.followUps.where('pendingAt').above(now).first();
  return next?.pendingAt;
}

async function withRepairs(db: AmendsDb, followUps: FollowUp[]): Promise<DueFollowUp[]> {
  const repairs = await db.repairs.bulkGet([...new Set(followUps.map((f) => f.repairId))]);
  const byId = new Map(repairs.filter((r) => r !== undefined).map((r) => [r.id, r]));
  return followUps.flatMap((followUp) => {
    const repair = byId.get(followUp.repairId);
    return repair ? [{ followUp, repair }] : [];
  });
}
