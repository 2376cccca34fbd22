import { Dexie } from 'dexie';
import { ON_TIME_GRACE_MS } from '../repairs/due';
import { channels, promiseStates, repairStatuses, type Channel, type Repair, type RepairStatus } from '../repairs/schemas';
import { median, monthOf, openRepairsByPerson, ratio, VOICE_OR_PRESENCE, type RepairStatistics } from '../repairs/statistics';
import { DAY_MS } from '../repairs/time';
import type { AmendsDb } from './amends-db';
import type { FollowUpRow } from './follow-up-row';

type PromiseState = (typeof promiseStates)[number];
const OPEN_STATUSES = repairStatuses.filter((status): status is Exclude<RepairStatus, 'resolved'> => status !== 'resolved');

/**
 * The Insights figures (the same as computeStatistics over every repair and follow-up) from the indexes that
 * repair-row.ts and follow-up-row.ts keep: counts and a few keys, never every record. The only records read are the
 * open ones (open repairs and open follow-ups) and the practice repairs' follow-ups.
 */
export function readStatistics(db: AmendsDb, now: number): Promise<RepairStatistics> {
  return db.transaction('r', db.repairs, db.followUps, async () => {
    const repairs = db.repairs;
    // Each count walks its stretch of an index (IndexedDB keeps no totals), so the counts partition each index rather
    // than overlap: the channels add up to every real repair, the three states to every promise.
    const promisesIn = (state: PromiseState) => repairs.where('facts.promises').between([state, Dexie.minKey], [state, Dexie.maxKey]).count();
    const [byChannel, [kept = 0, broken = 0, notYet = 0], toApology, toResolved, perMonth, open, followUps] = await Promise.all([
      Promise.all(channels.map((channel) => repairs.where('facts.channel').equals(channel).count())),
      Promise.all(promiseStates.map(promisesIn)),
      medianOfIndex(db, 'facts.toApology'),
      medianOfIndex(db, 'facts.toResolved'),
      repairsPerMonth(db),
      Promise.all(OPEN_STATUSES.map((status) => repairs.where('[status+createdAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]).toArray())),
      followUpFigures(db, now),
    ]);
    const count = byChannel.reduce((sum, n) => sum + n, 0);
    const channelCount = (wanted: readonly Channel[]) => channels.reduce((sum, channel, i) => sum + (wanted.includes(channel) ? (byChannel[i] ?? 0) : 0), 0);
    return {
      repairs: count,
      promises: { kept, broken, open: notYet, keptRate: ratio(kept, kept + broken) },
      followUps,
      medianDaysToApology: toApology === null ? null : toApology / DAY_MS,
      medianDaysToResolved: toResolved === null ? null : toResolved / DAY_MS,
      inPersonShare: ratio(channelCount(['in-person']), count),
      inPersonOrVoiceShare: ratio(channelCount(VOICE_OR_PRESENCE), count),
      repairsPerMonth: perMonth,
      peopleWithOpenRepairs: openRepairsByPerson(
        open
          .flat()
          .filter((repair) => !repair.practice)
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      ),
    };
  });
}

/** The median key of an index: count it, then skip to the middle (IndexedDB advances a cursor without reading). */
async function medianOfIndex(db: AmendsDb, index: string): Promise<number | null> {
  const count = await db.repairs.orderBy(index).count();
  if (count === 0) return null;
  const middle = (await db.repairs
    .orderBy(index)
    .offset(Math.floor((count - 1) / 2))
    .limit(count % 2 === 1 ? 1 : 2)
    .keys()) as number[];
  return median(middle);
}

/** Repairs per local month, oldest first, months without a repair left out: one count per month between the first and the last. */
async function repairsPerMonth(db: AmendsDb): Promise<RepairStatistics['repairsPerMonth']> {
  const [first] = (await db.repairs.orderBy('facts.real').limit(1).keys()) as number[];
  const [last] = (await db.repairs.orderBy('facts.real').reverse().limit(1).keys()) as number[];
  if (first === undefined || last === undefined) return [];
  const months: { month: string; start: number; end: number }[] = [];
  for (let date = new Date(first); date.getTime() <= last; ) {
    const start = new Date(date.getFullYear(), date.getMonth(), 1);
    const end = new Date(date.getFullYear(), date.getMonth() + 1, 1);
    months.push({ month: monthOf(start.getTime()), start: start.getTime(), end: end.getTime() });
    date = end;
  }
  const counts = await Promise.all(months.map(({ start, end }) => db.repairs.where('facts.real').between(start, end, true, false).count()));
  return months.map(({ month }, i) => ({ month, count: counts[i] ?? 0 })).filter(({ count }) => count > 0);
}

/**
 * Follow-ups that were due: every done one (from the lateBy index: all of them, and those within the grace) and every
 * open one whose time has come (the open ones are few). Practice repairs' follow-ups are taken back out.
 */
async function followUpFigures(db: AmendsDb, now: number): Promise<RepairStatistics['followUps']> {
  // Done ones split at the grace: on time and late partition the lateBy index.
  const [doneOnTime, doneLate, openRows, practiceIds] = await Promise.all([
    db.followUps.where('lateBy').belowOrEqual(ON_TIME_GRACE_MS).count(),
    db.followUps.where('lateBy').above(ON_TIME_GRACE_MS).count(),
    db.followUps.orderBy('pendingAt').toArray(),
    db.repairs.orderBy('facts.practice').primaryKeys(),
  ]);
  const practice: FollowUpRow[] = practiceIds.length === 0 ? [] : await db.followUps.where('repairId').anyOf(practiceIds).toArray();
  const practiceOnTime = practice.filter((row) => row.lateBy !== undefined && row.lateBy <= ON_TIME_GRACE_MS).length;
  const practiceLate = practice.filter((row) => row.lateBy !== undefined && row.lateBy > ON_TIME_GRACE_MS).length;
  const onTime = doneOnTime - practiceOnTime;
  const late = doneLate - practiceLate;
  const practiceSet = new Set<Repair['id']>(practiceIds);
  const missed = openRows.filter((row) => row.dueAt <= now && !practiceSet.has(row.repairId)).length;
  const due = onTime + late + missed;
  return { due, onTime, late, missed, onTimeRate: ratio(onTime, due) };
}
