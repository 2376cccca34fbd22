import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { createPageStore } from '../../../entrypoints/options/page-store';
import { db } from '../../../lib/db/amends-db';
import { addRepair } from '../../../lib/db/repair-writes';
import { makeRepair } from '../../lib/db/records';

// Dexie tells every store "everything changed" when the database opens: open it first.
beforeAll(() => db.open());

afterEach(async () => {
  await db.repairs.clear();
  await db.drafts.clear();
});

/** A store over repairs that counts its reads; each read answers the number of repairs. */
function countingStore(options: { lazy?: boolean; maxAgeMs?: number; fail?: () => boolean } = {}) {
  const load = vi.fn(async () => {
    if (options.fail?.()) throw new Error('read failed');
    return db.repairs.count();
  });
  return { load, store: createPageStore({ tables: ['repairs'], load, ...options }) };
}

/** Long enough for a pending read against fake-indexeddb to finish. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 30));

test.each([
  ['an eager store reads when a view subscribes', false, 1],
  ['a lazy store waits for prefetch()', true, 0],
])('%s', async (_case, lazy, readsOnSubscribe) => {
  const { load, store } = countingStore({ lazy });
  const listener = vi.fn();
  const unsubscribe = store.subscribe(listener);
  await settled();
  expect(load).toHaveBeenCalledTimes(readsOnSubscribe);
  store.prefetch();
  await settled();
  expect(load).toHaveBeenCalledTimes(1);
  expect(store.current()).toBe(0);
  expect(listener).toHaveBeenCalled();
  unsubscribe();
});

test('a change to its table reads it again while a view shows it; other tables do not', async () => {
  const { load, store } = countingStore();
  const listener = vi.fn();
  const unsubscribe = store.subscribe(listener);
  await vi.waitFor(() => expect(store.current()).toBe(0));
  await db.drafts.put({ id: 'checklist', updatedAt: 1, value: {} } as never);
  await settled();
  expect(load).toHaveBeenCalledTimes(1);
  await addRepair(db, makeRepair(), []);
  await vi.waitFor(() => expect(store.current()).toBe(1));
  expect(load).toHaveBeenCalledTimes(2);
  unsubscribe();
});

test('with no view, a change only marks it stale: the next view gets the old value at once and the new one after', async () => {
  const { load, store } = countingStore();
  const unsubscribe = store.subscribe(() => undefined);
  await vi.waitFor(() => expect(store.current()).toBe(0));
  unsubscribe();
  await addRepair(db, makeRepair(), []);
  await settled();
  expect(load).toHaveBeenCalledTimes(1);
  const again = store.subscribe(() => undefined);
  expect(store.current()).toBe(0);
  await vi.waitFor(() => expect(store.current()).toBe(1));
  again();
});

test('a value older than maxAgeMs is read again when a view asks; a failed read is tried again', async () => {
  let failing = true;
  const { load, store } = countingStore({ maxAgeMs: 20, fail: () => failing });
  const first = store.subscribe(() => undefined);
  await settled();
  expect(store.current()).toBeUndefined();
  first();
  failing = false;
  const second = store.subscribe(() => undefined);
  await vi.waitFor(() => expect(store.current()).toBe(0));
  second();
  await new Promise((resolve) => setTimeout(resolve, 30));
  const third = store.subscribe(() => undefined);
  await settled();
  expect(load).toHaveBeenCalledTimes(3);
  third();
});
