import { afterEach, expect, test } from 'vitest';
import { RowCache, withNextFollowUps } from '../../../entrypoints/options/timeline-rows';
import { db } from '../../../lib/db/amends-db';
import { addRepair, changeRepair } from '../../../lib/db/repair-writes';
import type { FollowUp } from '../../../lib/repairs/schemas';
import { DAY, makeFollowUp, makeRepair, T0 } from '../../lib/db/records';
import { spyOnReads } from '../../lib/db/query-spy';

const reads = spyOnReads(db);
afterEach(async () => {
  await db.repairs.clear();
  await db.followUps.clear();
  reads.length = 0;
});

test.each<[string, Partial<FollowUp>[], number | undefined]>([
  ['no follow-ups', [], undefined],
  ['the earliest open one', [{ dueAt: T0 + 3 * DAY }, { dueAt: T0 + DAY }], T0 + DAY],
  ['done ones never', [{ dueAt: T0, doneAt: T0 }, { dueAt: T0 + 2 * DAY }], T0 + 2 * DAY],
  ['a snooze counts from its end', [{ dueAt: T0, snoozedUntil: T0 + 5 * DAY }, { dueAt: T0 + 4 * DAY }], T0 + 4 * DAY],
  ['only done ones: nothing next', [{ dueAt: T0, doneAt: T0 }], undefined],
])('next follow-up of a row: %s', (_case, changes, dueAt) => {
  const repair = makeRepair();
  const followUps = changes.map((change) => makeFollowUp(repair.id, change));
  const [item] = withNextFollowUps([repair], [...followUps, makeFollowUp('another-repair', { dueAt: T0 - DAY })]);
  expect(item?.repair).toBe(repair);
  expect(item?.next?.dueAt).toBe(dueAt);
});

test('the cache reads only rows it has not read since the last change, keeps the order asked, and forgets on a change', async () => {
  const [a, b, c] = [makeRepair({ id: 'a' }), makeRepair({ id: 'b' }), makeRepair({ id: 'c' })];
  for (const repair of [a, b, c]) await addRepair(db, repair, [makeFollowUp(repair.id)]);
  const cache = new RowCache();
  reads.length = 0;
  expect((await cache.get(['b', 'a'])).map((item) => item.repair.id)).toEqual(['b', 'a']);
  const first = reads.length;
  expect(first).toBeGreaterThan(0);

  // Nothing changed, rows already read: no read at all; a gone id is left out.
  expect((await cache.get(['a', 'b'])).map((item) => item.repair.id)).toEqual(['a', 'b']);
  expect(reads.length).toBe(first);
  expect((await cache.get(['a', 'gone', 'c'])).map((item) => item.next?.repairId)).toEqual(['a', 'c']);

  // A change to the repairs: the cache forgets, and the changed repair is read again.
  await changeRepair(db, 'a', (repair) => ({ repair: { ...repair, person: 'Robin' } }));
  const [again] = await cache.get(['a']);
  expect(again?.repair.person).toBe('Robin');
});

test('rows added page by page serve a later search without a read', async () => {
  const repair = makeRepair({ id: 'paged' });
  await addRepair(db, repair, []);
  const cache = new RowCache();
  cache.add(withNextFollowUps([repair], []), cache.current());
  reads.length = 0;
  expect((await cache.get(['paged'])).map((item) => item.repair.id)).toEqual(['paged']);
  expect(reads).toEqual([]);
  // A page read before a change is not kept.
  const before = cache.current();
  await addRepair(db, makeRepair({ id: 'later' }), []);
  cache.add(withNextFollowUps([makeRepair({ id: 'stale' })], []), before);
  await cache.get(['stale']);
  expect(reads.length).toBeGreaterThan(0);
});
