import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AmendsDb } from '../../../lib/db/amends-db';
import { countDueFollowUps, listDueFollowUpIds, listDueFollowUps, listNewlyDue, nextPendingAfter } from '../../../lib/db/due-follow-ups';
import { loadFilterEntries } from '../../../lib/db/filter-entries';
import { listPeople } from '../../../lib/db/people';
import { entryMatcher } from '../../../lib/repairs/repair-filter';
import { personKey } from '../../../lib/repairs/person-key';
import {
  getRepairsByIds,
  listFollowUpsOfRepairs,
  listRepairsByPersonKey,
  listFollowUpsOfRepair,
  listRepairsByPerson,
  listRepairsByStatus,
  pageRepairsByDate,
} from '../../../lib/db/repair-queries';
import { addRepair, changeFollowUp, changeRepair, deleteAllData, deleteRepair, restoreRepair, takeRepair } from '../../../lib/db/repair-writes';
import { DAY, freshDb, makeFollowUp, makeRepair, T0 } from './records';
import { scans, spyOnReads, type RecordedRead } from './query-spy';

let db: AmendsDb;
let reads: RecordedRead[];

beforeEach(() => {
  db = freshDb();
  reads = spyOnReads(db);
});

afterEach(async () => {
  await db.delete();
});

const fullScans = () => scans(reads);

describe('due follow-ups', () => {
  test('due means open and its time (or its snooze) has come; done ones never are', async () => {
    const repair = makeRepair();
    const due = makeFollowUp(repair.id, { dueAt: T0 - DAY });
    const dueExactlyNow = makeFollowUp(repair.id, { dueAt: T0 });
    const future = makeFollowUp(repair.id, { dueAt: T0 + DAY });
    const done = makeFollowUp(repair.id, { dueAt: T0 - DAY, doneAt: T0 - 1 });
    const snoozed = makeFollowUp(repair.id, { dueAt: T0 - DAY, snoozedUntil: T0 + 60_000 });
    const snoozeOver = makeFollowUp(repair.id, { dueAt: T0 - 2 * DAY, snoozedUntil: T0 - 1 });
    await addRepair(db, repair, [due, dueExactlyNow, future, done, snoozed, snoozeOver]);
    reads.length = 0;

    const list = await listDueFollowUps(db, T0);
    expect(list.map((d) => d.followUp.id).sort()).toEqual([due.id, dueExactlyNow.id, snoozeOver.id].sort());
    expect(list.every((d) => d.repair.id === repair.id)).toBe(true);
    expect(await countDueFollowUps(db, T0)).toBe(3);
    expect((await listDueFollowUpIds(db, T0)).sort()).toEqual([due.id, dueExactlyNow.id, snoozeOver.id].sort());
    expect(await nextPendingAfter(db, T0)).toBe(T0 + 60_000);
    expect((await listNewlyDue(db, T0 - DAY, T0)).map((d) => d.followUp.id).sort()).toEqual(
      [dueExactlyNow.id, snoozeOver.id].sort(),
    );
    // The hot path reads the pendingAt index (open follow-ups only) and fetches repairs by key.
    expect(fullScans()).toEqual([]);
    expect(reads.filter((r) => r.table === 'followUps').every((r) => r.index === 'pendingAt')).toBe(true);
  });

  test('completing and snoozing move a follow-up out of the due list', async () => {
    const repair = makeRepair();
    const a = makeFollowUp(repair.id, { dueAt: T0 - 1 });
    const b = makeFollowUp(repair.id, { dueAt: T0 - 1 });
    await addRepair(db, repair, [a, b]);
    await changeFollowUp(db, a.id, (f) => ({ ...f, doneAt: T0 }));
    await changeFollowUp(db, b.id, (f) => ({ ...f, snoozedUntil: T0 + DAY }));
    expect(await countDueFollowUps(db, T0)).toBe(0);
    expect(await countDueFollowUps(db, T0 + DAY)).toBe(1);
  });
});

describe('repairs', () => {
  test('pages by date newest first with a stable cursor, even when dates tie', async () => {
    const repairs = Array.from({ length: 7 }, (_, i) => makeRepair({ createdAt: T0 + Math.floor(i / 2) * DAY }));
    for (const repair of repairs) await addRepair(db, repair, []);
    reads.length = 0;

    const seen: string[] = [];
    let page = await pageRepairsByDate(db, { limit: 3 });
    seen.push(...page.repairs.map((r) => r.id));
    while (page.next) {
      page = await pageRepairsByDate(db, { after: page.next, limit: 3 });
      seen.push(...page.repairs.map((r) => r.id));
    }
    const expected = [...repairs].sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id)).map((r) => r.id);
    expect(seen).toEqual(expected);
    expect(fullScans()).toEqual([]);
    expect(reads.every((r) => r.index === '[createdAt+id]')).toBe(true);
  });

  test('by person ignores case and surrounding space, newest first', async () => {
    const older = makeRepair({ person: 'Sam', createdAt: T0 });
    const newer = makeRepair({ person: 'sam', createdAt: T0 + DAY });
    const other = makeRepair({ person: 'Samantha' });
    for (const repair of [older, newer, other]) await addRepair(db, repair, []);
    reads.length = 0;
    expect((await listRepairsByPerson(db, ' SAM ')).map((r) => r.id)).toEqual([newer.id, older.id]);
    expect(reads.every((r) => r.index === 'person')).toBe(true);
  });

  test('by status, newest first', async () => {
    const planned = makeRepair({ status: 'planned' });
    const doorOpen = makeRepair({ status: 'door-open', createdAt: T0 });
    const doorOpenLater = makeRepair({ status: 'door-open', createdAt: T0 + DAY });
    for (const repair of [planned, doorOpen, doorOpenLater]) await addRepair(db, repair, []);
    reads.length = 0;
    expect((await listRepairsByStatus(db, 'door-open')).map((r) => r.id)).toEqual([doorOpenLater.id, doorOpen.id]);
    expect(fullScans()).toEqual([]);
    expect(reads.every((r) => r.index === '[status+createdAt]')).toBe(true);
  });

  test('a repair and its follow-ups are written together, changed together and deleted together', async () => {
    const repair = makeRepair();
    const talk = makeFollowUp(repair.id, { kind: 'talk', dueAt: T0 });
    const checkIn = makeFollowUp(repair.id, { dueAt: T0 + DAY });
    await addRepair(db, repair, [checkIn, talk]);
    expect((await listFollowUpsOfRepair(db, repair.id)).map((f) => f.id)).toEqual([talk.id, checkIn.id]);

    await changeRepair(db, repair.id, (current) => ({
      repair: { ...current, status: 'apologised' },
      removeFollowUps: [talk.id],
    }));
    expect((await db.repairs.get(repair.id))?.status).toBe('apologised');
    expect((await listFollowUpsOfRepair(db, repair.id)).map((f) => f.id)).toEqual([checkIn.id]);

    await deleteRepair(db, repair.id);
    expect(await db.repairs.count()).toBe(0);
    expect(await db.followUps.count()).toBe(0);
  });

  test('a failed write leaves nothing behind', async () => {
    const repair = makeRepair();
    const first = makeFollowUp(repair.id);
    await expect(addRepair(db, repair, [first, { ...first }])).rejects.toThrow();
    expect(await db.repairs.count()).toBe(0);
    await expect(changeRepair(db, 'missing', (r) => ({ repair: r }))).rejects.toThrow('No repair with id "missing"');
  });

  test('delete everything empties both tables', async () => {
    const repair = makeRepair();
    await addRepair(db, repair, [makeFollowUp(repair.id)]);
    await deleteAllData(db);
    expect([await db.repairs.count(), await db.followUps.count()]).toEqual([0, 0]);
  });
});

describe('the review page\'s queries', () => {
  test.each([
    ['Sam', ['Sam', 'sam', ' SÁM ']],
    ['sam', ['Sam', 'sam', ' SÁM ']],
    ['Robin', ['Robin']],
    ['nobody', []],
  ])('the person page for %j lists every spelling of that person, newest first, through the personKey index', async (asked, expected) => {
    const names = ['Sam', 'sam', ' SÁM ', 'Robin', 'Samantha'];
    for (const [i, person] of names.entries()) {
      await addRepair(db, makeRepair({ person: person.trim(), personKey: personKey(person), createdAt: T0 + i * DAY }), []);
    }
    reads.length = 0;
    const found = await listRepairsByPersonKey(db, personKey(asked));
    expect(found.map((r) => r.person)).toEqual([...expected].reverse().map((n) => n.trim()));
    expect(fullScans()).toEqual([]);
  });

  test('people: one entry per person key, read from the person index alone', async () => {
    for (const person of ['sam', 'Sam', 'Robin', 'Zoë', 'zoe']) await addRepair(db, makeRepair({ person, personKey: personKey(person) }), []);
    reads.length = 0;
    expect(await listPeople(db)).toEqual([
      { key: 'robin', name: 'Robin' },
      { key: 'sam', name: 'Sam' },
      { key: 'zoe', name: 'Zoë' },
    ]);
    // It walks the person index's keys, never the records.
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.table === 'repairs' && r.index === 'person')).toBe(true);
  });

  test('filter entries come newest first, page after page, with the folded text a search looks through', async () => {
    const older = makeRepair({ person: 'Sám', createdAt: T0, whatHappened: 'Missed the RECITAL', notes: 'Café' });
    const newer = makeRepair({ person: 'Robin', createdAt: T0 + DAY, channel: 'call', status: 'door-open' });
    for (const repair of [older, newer]) await addRepair(db, repair, []);
    const entries = await loadFilterEntries(db, { pageSize: 1 });
    expect(entries.map((e) => e.id)).toEqual([newer.id, older.id]);
    expect(entries[1]).toMatchObject({ personKey: 'sam', status: 'planned', channel: 'in-person' });
    expect(entries[1]?.haystack).toContain('missed the recital');
    expect(entries[1]?.haystack).toContain('cafe');
    expect(entries.filter(entryMatcher({ text: 'recital' })).map((e) => e.id)).toEqual([older.id]);
    expect(entries.filter(entryMatcher({ status: 'door-open' })).map((e) => e.id)).toEqual([newer.id]);
  });

  test('follow-ups of a page of repairs, in due order, by the repairId index', async () => {
    const a = makeRepair();
    const b = makeRepair();
    const c = makeRepair();
    const fa = makeFollowUp(a.id, { dueAt: T0 + 3 * DAY });
    const fb = makeFollowUp(b.id, { dueAt: T0 + DAY });
    await addRepair(db, a, [fa]);
    await addRepair(db, b, [fb]);
    await addRepair(db, c, [makeFollowUp(c.id)]);
    reads.length = 0;
    expect((await listFollowUpsOfRepairs(db, [a.id, b.id])).map((f) => f.id)).toEqual([fb.id, fa.id]);
    expect(await listFollowUpsOfRepairs(db, [])).toEqual([]);
    expect(fullScans()).toEqual([]);
    expect((await getRepairsByIds(db, [b.id, 'gone', a.id])).map((r) => r.id)).toEqual([b.id, a.id]);
  });

  test('a deleted repair can be put back exactly, with its follow-ups', async () => {
    const repair = makeRepair();
    const followUps = [makeFollowUp(repair.id), makeFollowUp(repair.id, { doneAt: T0 })];
    await addRepair(db, repair, followUps);
    const taken = await takeRepair(db, repair.id);
    expect(await db.repairs.count()).toBe(0);
    expect(await db.followUps.count()).toBe(0);
    await restoreRepair(db, taken.repair, taken.followUps);
    expect(await db.repairs.get(repair.id)).toEqual(repair);
    expect((await listFollowUpsOfRepair(db, repair.id)).map((f) => f.id).sort()).toEqual(followUps.map((f) => f.id).sort());
    await expect(restoreRepair(db, repair, [makeFollowUp('other')])).rejects.toThrow('Every follow-up must belong to the restored repair');
  });
});
