import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { refreshReminders } from '../../../entrypoints/background/reminders';
import type { AmendsDb } from '../../../lib/db/amends-db';
import { EXPORT_FORMAT } from '../../../lib/db/export-file';
import { createMessageRouter, type Sender } from '../../../lib/messaging/server';
import { contracts } from '../../../lib/messaging/contracts';
import { loadSettings, saveSettings } from '../../../lib/settings/settings-item';
import { defaultSettings } from '../../../lib/settings/settings-schema';
import { DAY, freshDb, makeFollowUp, makeRepair, T0 } from '../../lib/db/records';

let db: AmendsDb;
let now: number;
let route: ReturnType<typeof createMessageRouter>;

const extensionPage = (): Sender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
const contentScript = (): Sender => ({
  id: fakeBrowser.runtime.id,
  url: 'https://mail.google.com/mail/u/0/',
  tab: { id: 7, url: 'https://mail.google.com/mail/u/0/' },
});
const foreign = (): Sender => ({ id: 'some-other-extension', url: 'chrome-extension://some-other-extension/x.html' });

async function send(type: string, payload: unknown, sender: Sender = extensionPage()) {
  return route({ type, payload }, sender);
}

async function ok<T = Record<string, unknown>>(type: string, payload: unknown, sender?: Sender): Promise<T> {
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
  });
  route = createMessageRouter(handlers, fakeBrowser.runtime.id);
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

/** Every message type: a valid payload, an invalid one, and who may send it. */
const cases = [
  ['getComposeStatus', { host: 'mail.google.com' }, { host: 5 }, 'anyone'],
  ['logRepair', { person: 'Sam' }, { person: '' }, 'anyone'],
  ['updateRepair', { id: 'r1', changes: { status: 'apologised' } }, { id: 'r1', changes: { status: 'maybe' } }, 'anyone'],
  ['planTalk', { repairId: 'r1', at: T0 + 2 * DAY }, { repairId: 'r1', at: -1 }, 'anyone'],
  ['addFollowUp', { repairId: 'r1', kind: 'promise', dueAt: T0 + DAY, commitmentId: 'c1' }, { repairId: 'r1', kind: 'x', dueAt: 1 }, 'anyone'],
  ['completeFollowUp', { id: 'f1', outcome: 'went-well' }, { id: 'f1', outcome: 'ok' }, 'anyone'],
  ['snoozeFollowUp', { id: 'f1', minutes: 60 }, { id: 'f1', minutes: 0 }, 'anyone'],
  ['listDueFollowUps', {}, null, 'pages'],
  ['importData', { text: exportFile }, { text: 42 }, 'pages'],
  ['deleteAllData', { confirm: 'delete everything' }, { confirm: 'yes' }, 'pages'],
  ['getSettings', {}, null, 'pages'],
  ['saveSettings', { ...defaultSettings, checkInDays: [2] }, { ...defaultSettings, checkInDays: [-1] }, 'pages'],
  ['openRepairPage', { repairId: 'r1' }, { repairId: 7 }, 'anyone'],
  ['pauseSite', { host: 'mail.google.com' }, { host: '' }, 'anyone'],
] as const;

test('every message type has a row above', () => {
  expect(cases.map(([type]) => type).sort()).toEqual(Object.keys(contracts).sort());
});

test('pauseSite pauses the host once, and the compose status follows', async () => {
  await send('pauseSite', { host: 'mail.google.com' });
  await send('pauseSite', { host: 'mail.google.com' });
  expect((await loadSettings()).pausedHosts).toEqual(['mail.google.com']);
  expect(await send('getComposeStatus', { host: 'mail.google.com' })).toMatchObject({ ok: true, value: { enabled: false } });
  expect(await send('getComposeStatus', { host: 'app.slack.com' })).toMatchObject({ ok: true, value: { enabled: true } });
});

test('openRepairPage opens the options page at that repair', async () => {
  await seed();
  await send('openRepairPage', { repairId: 'r1' });
  const tabs = await fakeBrowser.tabs.query({});
  expect(tabs.map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL('/options.html#/repair/r1'));
});

describe.each(cases)('%s', (type, valid, invalid, allowed) => {
  test('answers a valid message', async () => {
    await seed();
    expect(await send(type, valid)).toMatchObject({ ok: true });
  });

  test('refuses an invalid payload with a specific error, as a value', async () => {
    await seed();
    const reply = await send(type, invalid);
    expect(reply).toMatchObject({ ok: false });
    expect(reply?.ok === false && reply.error).toMatch(new RegExp(`^Invalid ${type}: payload`));
  });

  test('ignores other extensions and pages', async () => {
    await seed();
    expect(await send(type, valid, foreign())).toBeUndefined();
    expect(await db.repairs.count()).toBe(1);
  });

  test(allowed === 'pages' ? 'refuses content scripts' : 'answers content scripts', async () => {
    await seed();
    const reply = await send(type, valid, contentScript());
    expect(reply).toMatchObject(allowed === 'pages' ? { ok: false, error: 'Only Amends pages may do this' } : { ok: true });
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
    expect(await send('importData', { text: 'nope' })).toEqual({ ok: false, error: 'Wrong format: the file is not JSON' });
    expect(await send('noSuchMessage', {})).toEqual({ ok: false, error: 'Unknown message type "noSuchMessage"' });
  });

  test('import merges, delete erases everything, and the badge follows', async () => {
    await seed();
    await ok('updateRepair', { id: 'r1', changes: {} });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await ok('importData', { text: exportFile })).toEqual({ repairs: 1, followUps: 0 });
    expect(await db.repairs.count()).toBe(2);
    await ok('deleteAllData', { confirm: 'delete everything' });
    expect(await db.repairs.count()).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  test('settings round-trip through the background', async () => {
    const saved = await ok('saveSettings', { ...defaultSettings, checkInDays: [2, 5] });
    expect(saved).toMatchObject({ checkInDays: [2, 5] });
    expect(await ok('getSettings', {})).toEqual(saved);
  });
});
