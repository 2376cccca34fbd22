import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { refreshReminders } from '../../../entrypoints/background/reminders';
import type { AmendsDb } from '../../../lib/db/amends-db';
import { EXPORT_FORMAT } from '../../../lib/db/export-file';
import { createMessageRouter, type RawSender } from '../../../lib/messaging/server';
import { contracts } from '../../../lib/messaging/contracts';
import { changeSettings, readSettings } from '../../../lib/db/settings-store';
import { defaultSettings, type Settings } from '../../../lib/settings/settings-schema';
import { DAY, freshDb, makeFollowUp, makeRepair, T0 } from '../../lib/db/records';

let db: AmendsDb;
let now: number;
let route: ReturnType<typeof createMessageRouter>;
let broadcasts: number;
const loadSettings = () => readSettings(db);
const saveSettings = (settings: Settings) => changeSettings(db, () => settings);

const extensionPage = (): RawSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
const contentScript = (): RawSender => ({
  id: fakeBrowser.runtime.id,
  url: 'https://mail.google.com/mail/u/0/',
  tab: { id: 7, url: 'https://mail.google.com/mail/u/0/' },
});
const foreign = (): RawSender => ({ id: 'some-other-extension', url: 'chrome-extension://some-other-extension/x.html' });

async function send(type: string, payload: unknown, sender: RawSender = extensionPage()) {
  return route({ type, payload }, sender);
}

async function ok<T = Record<string, unknown>>(type: string, payload: unknown, sender?: RawSender): Promise<T> {
  const reply = await send(type, payload, sender);
  if (!reply?.ok) throw new Error(`${type} failed: ${reply ? reply.error : 'no reply'}`);
  return reply.value as T;
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Amends', version: '0.1.0' });
  db = freshDb();
  now = T0;
  let n = 0;
  const handlers = createHandlers({
    db,
    clock: () => ({ now, newId: () => `id-${++n}` }),
    onChange: () => refreshReminders(db, () => now),
    onSettingsChange: async () => {
      broadcasts++;
    },
  });
  broadcasts = 0;
  route = createMessageRouter(handlers, { extensionId: fakeBrowser.runtime.id, extensionOrigin: fakeBrowser.runtime.getURL('/') });
  // Quiet hours would hold notifications back; these tests are about the handlers.
  await saveSettings({ ...defaultSettings, quietHours: { ...defaultSettings.quietHours, enabled: false } });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

async function seed() {
  const repair = makeRepair({ id: 'r1', person: 'Sam', commitments: [{ id: 'c1', text: 'Call on Sundays', kept: 'not-yet' }] });
  const followUp = makeFollowUp('r1', { id: 'f1', dueAt: T0 - DAY });
  await db.repairs.add(repair);
  await db.followUps.add({ ...followUp, pendingAt: followUp.dueAt });
  return { repair, followUp };
}

const exportFile = JSON.stringify({
  format: EXPORT_FORMAT,
  version: 1,
  exportedAt: T0,
  repairs: [makeRepair({ id: 'imported' })],
  followUps: [],
});

/** Every message type: a valid payload and an invalid one. Who may send it is read from its contract. */
const cases = [
  ['getComposeStatus', {}, null],
  ['analyzeDraft', { text: 'Sorry I snapped at you.' }, { text: 'x'.repeat(20_001) }],
  ['logRepair', { person: 'Sam' }, { person: '' }],
  ['updateRepair', { id: 'r1', changes: { status: 'apologised' } }, { id: 'r1', changes: { status: 'maybe' } }],
  ['planTalk', { repairId: 'r1', at: T0 + 2 * DAY }, { repairId: 'r1', at: -1 }],
  ['addFollowUp', { repairId: 'r1', kind: 'promise', dueAt: T0 + DAY, commitmentId: 'c1' }, { repairId: 'r1', kind: 'x', dueAt: 1 }],
  ['completeFollowUp', { id: 'f1', outcome: 'went-well' }, { id: 'f1', outcome: 'ok' }],
  ['snoozeFollowUp', { id: 'f1', minutes: 60 }, { id: 'f1', minutes: 0 }],
  ['listDueFollowUps', {}, null],
  ['importData', { text: exportFile }, { text: 42 }],
  ['deleteAllData', { confirm: 'delete everything' }, { confirm: 'yes' }],
  ['deleteRepair', { id: 'r1' }, { id: '' }],
  ['restoreRepair', { repair: makeRepair({ id: 'r9' }), followUps: [makeFollowUp('r9', { id: 'f9' })] }, { repair: { id: 'r9' }, followUps: [] }],
  ['getSettings', {}, null],
  ['updateSettings', { checkInDays: [2] }, { checkInDays: [-1] }],
  ['openRepairPage', { repairId: 'r1' }, { repairId: 7 }],
  ['setSitePaused', { paused: true }, { paused: 'yes' }],
  ['setHostPaused', { host: 'mail.google.com', paused: true }, { host: '', paused: true }],
] as const;

test('every message type has a row above', () => {
  expect(cases.map(([type]) => type).sort()).toEqual(Object.keys(contracts).sort());
});

test('setSitePaused pauses the sender\'s own site once, whatever else it claims, and the compose status follows', async () => {
  await send('setSitePaused', { paused: true, host: 'app.slack.com' }, contentScript());
  await send('setSitePaused', { paused: true }, contentScript());
  expect((await loadSettings()).pausedHosts).toEqual(['mail.google.com']);
  expect(await send('getComposeStatus', {}, contentScript())).toMatchObject({ ok: true, value: { enabled: false, host: 'mail.google.com' } });
  const slack = { id: fakeBrowser.runtime.id, url: 'https://app.slack.com/client', tab: { id: 8, url: 'https://app.slack.com/client' } };
  expect(await send('getComposeStatus', {}, slack)).toMatchObject({ ok: true, value: { enabled: true, host: 'app.slack.com' } });
  await send('setSitePaused', { paused: false }, contentScript());
  expect((await loadSettings()).pausedHosts).toEqual([]);
  expect(broadcasts).toBe(3);
});

test('setSitePaused from an extension page is refused: it has no site', async () => {
  expect(await send('setSitePaused', { paused: true })).toEqual({ ok: false, error: 'setSitePaused cannot be sent from an Amends page' });
});

test('ten concurrent pauses store ten hosts', async () => {
  const hosts = Array.from({ length: 10 }, (_, i) => `site-${i}.example`);
  const replies = await Promise.all(hosts.map((host) => send('setHostPaused', { host, paused: true })));
  expect(replies.every((reply) => reply?.ok)).toBe(true);
  expect([...(await loadSettings()).pausedHosts].sort()).toEqual([...hosts].sort());
});

test('a repair logged from a web page records the sender\'s host, not the one in the payload', async () => {
  const { repair } = await ok<{ repair: { siteHost?: string } }>('logRepair', { person: 'Sam', siteHost: 'evil.example' }, contentScript());
  expect(repair.siteHost).toBe('mail.google.com');
});

test('a repair logged on the practice page is marked practice and schedules no reminders', async () => {
  const practice = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/practice.html'), tab: { id: 3 } };
  const { repair, followUps } = await ok<{ repair: { practice?: boolean }; followUps: unknown[] }>('logRepair', { person: 'Sam' }, practice);
  expect(repair.practice).toBe(true);
  expect(followUps).toEqual([]);
});

const practicePage = (): RawSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/practice.html'), tab: { id: 3 } });

describe('logRepair plans the follow-ups the user chose', () => {
  test.each([
    ['left out, from a web page: the default check-ins', contentScript, {}, [T0 + DAY, T0 + 3 * DAY, T0 + 7 * DAY]],
    ['"default", from a web page: the default check-ins', contentScript, { followUps: 'default' }, [T0 + DAY, T0 + 3 * DAY, T0 + 7 * DAY]],
    ['"none", from a web page (a light apology, no opt-in): nothing', contentScript, { followUps: 'none' }, []],
    ['"none", from an extension page: nothing', extensionPage, { followUps: 'none' }, []],
    ['"default", from the practice page: still nothing, as practice is never reminded', practicePage, { followUps: 'default' }, []],
  ] as const)('%s', async (_name, sender, choice, dueAts) => {
    const { repair, followUps } = await ok<{ repair: { id: string }; followUps: { dueAt: number }[] }>(
      'logRepair',
      { person: 'Sam', weight: 'light', ...choice },
      sender(),
    );
    expect(followUps.map((f) => f.dueAt)).toEqual(dueAts);
    expect((await db.followUps.where('repairId').equals(repair.id).toArray()).map((f) => f.dueAt).sort((a, b) => a - b)).toEqual(dueAts);
    // The choice is about follow-ups only: it is not stored on the repair.
    expect(await db.repairs.get(repair.id)).not.toHaveProperty('followUps');
  });

  test('a repair logged with no check-ins lights no alarm', async () => {
    await ok('logRepair', { person: 'Sam', followUps: 'none' }, contentScript());
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});

test('updateSettings changes only the fields it names', async () => {
  await saveSettings({ ...defaultSettings, storeExcerpts: true, pausedHosts: ['x.com'] });
  expect(await ok('updateSettings', { nudgesEnabled: false })).toMatchObject({ nudgesEnabled: false, storeExcerpts: true, pausedHosts: ['x.com'] });
  expect(await send('updateSettings', { nudgesEnabled: false, sneaky: 1 })).toMatchObject({ ok: false });
});

test('openRepairPage opens the repair in the options page, or its planning view', async () => {
  await seed();
  await send('openRepairPage', { repairId: 'r1' });
  await send('openRepairPage', { repairId: 'r/1%#', view: 'plan' });
  const tabs = await fakeBrowser.tabs.query({});
  expect(tabs.map((tab) => tab.url)).toEqual(
    expect.arrayContaining([fakeBrowser.runtime.getURL('/options.html#/repair/r1'), fakeBrowser.runtime.getURL('/popup.html#/plan/r%2F1%25%23')]),
  );
});

describe.each(cases)('%s', (type, valid, invalid) => {
  const from = contracts[type].from;

  test('answers a valid message from a sender its contract names', async () => {
    await seed();
    expect(await send(type, valid, from.includes('extension-page') ? extensionPage() : contentScript())).toMatchObject({ ok: true });
  });

  test('refuses an invalid payload with a specific error, as a value', async () => {
    await seed();
    const reply = await send(type, invalid, from.includes('extension-page') ? extensionPage() : contentScript());
    expect(reply).toMatchObject({ ok: false });
    expect(reply?.ok === false && reply.error).toMatch(new RegExp(`^Invalid ${type}: payload`));
  });

  test('ignores other extensions and pages', async () => {
    await seed();
    expect(await send(type, valid, foreign())).toBeUndefined();
    expect(await db.repairs.count()).toBe(1);
  });

  test.each([
    ['content-script', contentScript],
    ['extension-page', extensionPage],
  ] as const)('from a %s: answered only if the contract names it, and a refusal changes nothing', async (kind, sender) => {
    await seed();
    const before = { repairs: await db.repairs.toArray(), followUps: await db.followUps.toArray(), settings: await loadSettings() };
    const reply = await send(type, valid, sender());
    if (from.includes(kind)) {
      expect(reply).toMatchObject({ ok: true });
    } else {
      expect(reply).toEqual({ ok: false, error: `${type} cannot be sent from ${kind === 'content-script' ? 'a web page' : 'an Amends page'}` });
      expect({ repairs: await db.repairs.toArray(), followUps: await db.followUps.toArray(), settings: await loadSettings() }).toEqual(before);
    }
  });
});

describe('what the handlers do', () => {
  test('logRepair stores the repair with its default plan, drops the excerpt unless opted in, and lights nothing yet', async () => {
    const { repair, followUps } = await ok<{ repair: { id: string; excerpt?: string }; followUps: { dueAt: number }[] }>(
      'logRepair',
      { person: 'Sam', excerpt: 'sorry I snapped', source: 'nudge', siteHost: 'mail.google.com' },
      contentScript(),
    );
    expect(repair.excerpt).toBeUndefined();
    expect(followUps.map((f) => f.dueAt)).toEqual([T0 + DAY, T0 + 3 * DAY, T0 + 7 * DAY]);
    expect(await db.repairs.get(repair.id)).toMatchObject({ person: 'Sam', source: 'nudge' });
    expect(await db.followUps.where('repairId').equals(repair.id).count()).toBe(3);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.scheduledTime)).toEqual([T0 + DAY]);

    await saveSettings({ ...(await loadSettings()), storeExcerpts: true });
    const kept = await ok<{ repair: { excerpt?: string } }>('logRepair', { person: 'Sam', excerpt: 'sorry' });
    expect(kept.repair.excerpt).toBe('sorry');
  });

  test('planTalk re-plans the open reminders around the new date', async () => {
    await seed();
    const { followUps } = await ok<{ followUps: { kind: string; dueAt: number }[] }>('planTalk', {
      repairId: 'r1',
      at: T0 + 2 * DAY,
      channel: 'call',
    });
    expect(followUps.map((f) => [f.kind, f.dueAt])).toEqual([
      ['talk', T0 + 2 * DAY - 60 * 60_000],
      ['check-in', T0 + 3 * DAY],
      ['check-in', T0 + 5 * DAY],
      ['check-in', T0 + 9 * DAY],
    ]);
    expect(await db.repairs.get('r1')).toMatchObject({ plannedTalkAt: T0 + 2 * DAY, channel: 'call', updatedAt: T0 });
    // The overdue check-in "f1" was open, so it gave way to the new plan.
    expect(await db.followUps.get('f1')).toBeUndefined();
  });

  test('complete and snooze clear the badge; the due list reflects them', async () => {
    await seed();
    await ok('updateRepair', { id: 'r1', changes: { notes: 'x' } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await ok<{ items: unknown[] }>('listDueFollowUps', {})).items).toHaveLength(1);

    await ok('snoozeFollowUp', { id: 'f1' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    now += DAY;
    await ok('updateRepair', { id: 'r1', changes: { notes: 'y' } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    const { followUp } = await ok<{ followUp: { doneAt?: number; outcome?: string } }>('completeFollowUp', {
      id: 'f1',
      outcome: 'mixed',
    });
    expect(followUp).toMatchObject({ doneAt: now, outcome: 'mixed' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect((await ok<{ items: unknown[] }>('listDueFollowUps', {})).items).toEqual([]);
  });

  test('errors from the data layer come back as values', async () => {
    expect(await send('completeFollowUp', { id: 'nope' })).toEqual({ ok: false, error: 'No follow-up with id "nope"' });
    expect(await send('addFollowUp', { repairId: 'ghost', kind: 'check-in', dueAt: T0 })).toEqual({
      ok: false,
      error: 'No repair with id "ghost"',
    });
    expect(await send('importData', { text: 'nope' })).toEqual({ ok: false, error: 'This file is not an Amends export: it is not JSON.' });
    expect(await send('noSuchMessage', {})).toEqual({ ok: false, error: 'Unknown message type "noSuchMessage"' });
  });

  test('import merges, delete erases everything, and the badge follows', async () => {
    await seed();
    await ok('updateRepair', { id: 'r1', changes: {} });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await ok('importData', { text: exportFile })).toEqual({ repairs: 1, followUps: 0, keptNewer: 0, settings: false });
    expect(await db.repairs.count()).toBe(2);
    await saveSettings({ ...(await loadSettings()), pausedHosts: ['x.com'], storeExcerpts: true });
    await ok('deleteAllData', { confirm: 'delete everything' });
    expect(await db.repairs.count()).toBe(0);
    expect(await loadSettings()).toEqual(defaultSettings);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  test('settings round-trip through the background', async () => {
    const saved = await ok('updateSettings', { checkInDays: [2, 5] });
    expect(saved).toMatchObject({ checkInDays: [2, 5] });
    expect(await ok('getSettings', {})).toEqual(saved);
  });
});

describe('deleting one repair, and undoing it', () => {
  test('deleteRepair hands back the repair with its follow-ups; restoreRepair puts both back as they were', async () => {
    const { repair, followUp } = await seed();
    const taken = await ok<{ repair: { id: string }; followUps: { id: string }[] }>('deleteRepair', { id: 'r1' });
    expect(taken.repair).toEqual(repair);
    expect(taken.followUps.map((f) => f.id)).toEqual([followUp.id]);
    expect(await db.repairs.count()).toBe(0);
    expect(await db.followUps.count()).toBe(0);
    await ok('restoreRepair', taken);
    expect(await db.repairs.get('r1')).toEqual(repair);
    expect((await db.followUps.get(followUp.id))?.pendingAt).toBe(followUp.dueAt);
  });

  test('deleting a repair that is gone says so', async () => {
    expect(await send('deleteRepair', { id: 'ghost' })).toEqual({ ok: false, error: 'No repair with id "ghost"' });
  });
});
