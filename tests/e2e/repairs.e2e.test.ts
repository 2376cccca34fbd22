import { expect, test } from 'vitest';
import { readStored } from '../../scripts/browser/stored-records';
import { useBrowserSession } from './support/browser-session';

const session = useBrowserSession();

// Only what these specs call inside the browser; the page and worker have the real `chrome`.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  action: { getBadgeText(details: object): Promise<string> };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
};

interface Reply {
  ok: boolean;
  value?: { repair?: { id: string }; followUp?: { id: string } };
  error?: string;
}

async function openOptionsPage() {
  const page = await session.extension.context.newPage();
  await page.goto(session.extension.extensionUrl('options.html'));
  return page;
}

test('a repair logged through a background message is stored in the extension origin’s IndexedDB', async () => {
  const page = await openOptionsPage();
  const reply = (await page.evaluate(
    (payload) => chrome.runtime.sendMessage({ type: 'logRepair', payload }),
    { person: 'Sam', relationship: 'friend', whatHappened: 'I snapped at Sam', source: 'manual' },
  )) as Reply;
  expect(reply.error).toBeUndefined();
  const id = reply.value?.repair?.id;
  expect(id).toBeTruthy();

  // Read it back with the raw IndexedDB API from the extension's origin, not through the background.
  const [repairs, followUps] = await Promise.all([readStored(session.extension, 'repairs'), readStored(session.extension, 'followUps')]);
  const stored = {
    person: repairs.find((repair) => repair.id === id)?.person,
    followUps: followUps.filter((followUp) => followUp.repairId === id).length,
  };
  expect(stored).toEqual({ person: 'Sam', followUps: 3 });
  await page.close();
});

test('a follow-up coming due in two seconds raises the badge count when its alarm fires', async () => {
  const page = await openOptionsPage();
  const badge = () => session.extension.serviceWorker.evaluate(() => chrome.action.getBadgeText({}));
  const logged = (await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'logRepair', payload: { person: 'Alex' } }),
  )) as Reply;
  const repairId = logged.value?.repair?.id;
  expect(repairId).toBeTruthy();
  expect(await badge()).toBe('');

  const dueAt = Date.now() + 2_000;
  const added = (await page.evaluate(
    ({ id, at }) => chrome.runtime.sendMessage({ type: 'addFollowUp', payload: { repairId: id, kind: 'check-in', dueAt: at } }),
    { id: repairId!, at: dueAt },
  )) as Reply;
  expect(added.error).toBeUndefined();
  // Not due yet: the background set a real alarm for it, and nothing else will wake it.
  expect(await badge()).toBe('');
  const alarms = await session.extension.serviceWorker.evaluate(() => chrome.alarms.getAll());
  expect(alarms.map((a) => [a.name, a.scheduledTime])).toEqual([['amends-follow-ups', dueAt]]);

  const started = Date.now();
  await expect.poll(badge, { timeout: 15_000, interval: 250 }).toBe('1');
  expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  await page.close();
});
