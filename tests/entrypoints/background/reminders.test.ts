import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REMINDER_ALARM } from '../../../entrypoints/background/reminders';
import { db } from '../../../lib/db/amends-db';
import { changeSettings } from '../../../lib/db/settings-store';
import { defaultSettings, type Settings } from '../../../lib/settings/settings-schema';

const saveSettings = (settings: Settings) => changeSettings(db, () => settings);

// Local clock times, so quiet hours (22:00–08:00 by default) mean the same in every time zone.
const at = (day: number, hours: number, minutes = 0) => new Date(2026, 0, day, hours, minutes).getTime();

let setAccessLevel: ReturnType<typeof vi.fn>;

const popup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

/** What Chrome keeps when it stops the service worker: alarms, storage, IndexedDB. Listeners and module state go. */
function stopWorker(): void {
  for (const event of [
    fakeBrowser.runtime.onMessage,
    fakeBrowser.runtime.onInstalled,
    fakeBrowser.runtime.onStartup,
    fakeBrowser.alarms.onAlarm,
    fakeBrowser.notifications.onClicked,
    fakeBrowser.notifications.onButtonClicked,
    fakeBrowser.storage.onChanged,
  ]) {
    event.removeAllListeners();
  }
  vi.resetModules();
}

/** A fresh copy of the background, as Chrome starts it for an event. */
async function startWorker(): Promise<void> {
  // The fake browser has no commands API; the nudge's shortcut listener is not what these tests are about.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  const { default: background } = await import('../../../entrypoints/background/index');
  await background.main();
  await settled();
}

/** Lets the serialised reminder work finish. */
async function settled(): Promise<void> {
  const { refreshReminders } = await import('../../../entrypoints/background/reminders');
  const { db: current } = await import('../../../lib/db/amends-db');
  await refreshReminders(current);
}

async function send(type: string, payload: unknown) {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type, payload }, popup(), () => undefined);
  const value = (await reply) as { ok: boolean; value: { repair: { id: string } }; error?: string };
  if (!value.ok) throw new Error(value.error);
  return value.value;
}

async function fireAlarm(): Promise<void> {
  const [alarm] = await fakeBrowser.alarms.getAll();
  if (!alarm) throw new Error('no alarm scheduled');
  vi.setSystemTime(alarm.scheduledTime);
  stopWorker();
  await startWorker();
  await fakeBrowser.alarms.onAlarm.trigger(alarm);
  await settled();
}

const alarmTimes = async () => (await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]);
const notifications = () => Object.entries(fakeBrowser.notifications.getAllCreateOptions());

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(12, 10));
  await Promise.all([db.repairs.clear(), db.followUps.clear(), db.settings.clear()]);
  setAccessLevel = vi.fn(async () => undefined);
  Object.assign(fakeBrowser.storage.local, { setAccessLevel });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Amends', version: '0.1.0' });
});

afterEach(() => {
  stopWorker();
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('reminders across a stopped and restarted service worker', () => {
  test('the alarm set before the worker stopped wakes a fresh worker, which notifies once and lights the badge', async () => {
    await startWorker();
    const { repair } = await send('logRepair', { person: 'Sam' });
    expect(await alarmTimes()).toEqual([[REMINDER_ALARM, at(13, 10)]]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fireAlarm();
    expect(notifications()).toEqual([
      [
        expect.stringMatching(/^amends-follow-up:/),
        expect.objectContaining({
          title: 'Check in with Sam',
          buttons: [{ title: 'Done' }, { title: 'Snooze a day' }],
          iconUrl: fakeBrowser.runtime.getURL('/icon/128.png'),
        }),
      ],
    ]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    // The next check-in (day 3) is the next alarm.
    expect(await alarmTimes()).toEqual([[REMINDER_ALARM, at(15, 10)]]);

    // Waking again (another event, another restart) does not announce it twice.
    stopWorker();
    await startWorker();
    await fakeBrowser.runtime.onStartup.trigger();
    await settled();
    expect(create).toHaveBeenCalledTimes(1);

    // "Snooze a day" from the notification: gone from the badge, back tomorrow.
    const [id] = notifications()[0]!;
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 1);
    await settled();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(notifications()).toEqual([]);
    expect(await alarmTimes()).toEqual([[REMINDER_ALARM, at(14, 10)]]);
    expect((await db.followUps.where('repairId').equals(repair.id).toArray()).filter((f) => f.snoozedUntil)).toHaveLength(1);

    // Tomorrow it asks again; "Done" completes it.
    await fireAlarm();
    expect(create).toHaveBeenCalledTimes(2);
    await fakeBrowser.notifications.onButtonClicked.trigger(notifications()[0]![0], 0);
    await settled();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await db.followUps.filter((f) => f.doneAt !== undefined).count()).toBe(1);
  });

  test('clicking a notification opens the options page at that repair', async () => {
    await startWorker();
    const { repair } = await send('logRepair', { person: 'Sam' });
    await fireAlarm();
    await fakeBrowser.notifications.onClicked.trigger(notifications()[0]![0]);
    await settled();
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL(`/options.html#/repair/${repair.id}`));
  });

  test('a lost alarm (browser update, cleared alarms) is restored on install/update', async () => {
    await startWorker();
    await send('logRepair', { person: 'Sam' });
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await settled();
    expect(await alarmTimes()).toEqual([[REMINDER_ALARM, at(13, 10)]]);
  });

  test('Firefox gets no buttons: a click opens the repair instead', async () => {
    // WXT defines FIREFOX as a boolean; stubEnv's types only allow booleans for DEV/PROD/SSR.
    vi.stubEnv('FIREFOX', true as never);
    await startWorker();
    await send('logRepair', { person: 'Sam' });
    await fireAlarm();
    expect(notifications()[0]![1]).not.toHaveProperty('buttons');
  });
});

describe('quiet hours', () => {
  test('a follow-up due at night lights the badge then, and is announced when the quiet hours end', async () => {
    vi.setSystemTime(at(12, 21));
    await startWorker();
    const { repair } = await send('logRepair', { person: 'Robin' });
    await send('addFollowUp', { repairId: repair.id, kind: 'promise', dueAt: at(12, 23, 30) });

    await fireAlarm();
    expect(Date.now()).toBe(at(12, 23, 30));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(notifications()).toEqual([]);
    expect(await alarmTimes()).toEqual([[REMINDER_ALARM, at(13, 8)]]);

    await fireAlarm();
    expect(notifications().map(([, n]) => n.title)).toEqual(['A promise to Robin is due']);
  });

  test('with quiet hours off, the night reminder is announced on time', async () => {
    await saveSettings({ ...defaultSettings, quietHours: { enabled: false, start: '22:00', end: '08:00' } });
    vi.setSystemTime(at(12, 21));
    await startWorker();
    const { repair } = await send('logRepair', { person: 'Robin' });
    await send('addFollowUp', { repairId: repair.id, kind: 'check-in', dueAt: at(12, 23, 30) });
    await fireAlarm();
    expect(notifications().map(([, n]) => n.title)).toEqual(['Check in with Robin']);
  });

  test('many follow-ups due at once make one summary notification', async () => {
    await startWorker();
    const { repair } = await send('logRepair', { person: 'Sam' });
    for (const minutes of [1, 2, 3, 4]) {
      await send('addFollowUp', { repairId: repair.id, kind: 'check-in', dueAt: Date.now() + minutes * 60_000 });
    }
    vi.setSystemTime(Date.now() + 5 * 60_000);
    const [alarm] = await fakeBrowser.alarms.getAll();
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await settled();
    expect(notifications().map(([id, n]) => [id, n.title])).toEqual([['amends-due-summary', '4 follow-ups are due']]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('4');
  });
});

test('changing the quiet hours in settings re-plans the reminders', async () => {
  vi.setSystemTime(at(12, 23));
  await startWorker();
  const { repair } = await send('logRepair', { person: 'Sam' });
  await send('addFollowUp', { repairId: repair.id, kind: 'check-in', dueAt: at(12, 23, 10) });
  await fireAlarm();
  expect(notifications()).toEqual([]);
  await send('updateSettings', { quietHours: { enabled: false, start: '22:00', end: '08:00' } });
  await vi.waitFor(() => expect(notifications()).toHaveLength(1));
});

test('the background closes storage.local to content scripts on every start', async () => {
  await startWorker();
  expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
});

test('settings an older Amends kept in storage.local move into IndexedDB, migrated, and leave storage.local', async () => {
  await fakeBrowser.storage.local.set({ settings: { nudgesEnabled: false, pausedHosts: ['Mail.Google.com', 'mail.google.com'], checkInDays: [0] } });
  await startWorker();
  const { readSettings } = await import('../../../lib/db/settings-store');
  const { db: current } = await import('../../../lib/db/amends-db');
  await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('settings')).toEqual({}));
  expect(await readSettings(current)).toEqual({ ...defaultSettings, nudgesEnabled: false, pausedHosts: ['mail.google.com'] });
});

