import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { AmendsDb } from '../../../lib/db/amends-db';
import { adoptSettings, changeSettings, readParsedSettings, readSettings } from '../../../lib/db/settings-store';
import { migrateSettings, SETTINGS_VERSION, settingsMigrations } from '../../../lib/settings/migrations';
import { defaultSettings, parseSettings, settingsPatchSchema, settingsSchema, type Settings } from '../../../lib/settings/settings-schema';
import { nextId } from '../db/records';

const opened: AmendsDb[] = [];
const freshDb = () => {
  const db = new AmendsDb(nextId('settings'));
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const example = (version: number): unknown => JSON.parse(readFileSync(new URL(`./fixtures/v${version}.json`, import.meta.url), 'utf8'));

/** Each released settings version's example, and the current settings it must become. */
const migrationExamples: ReadonlyArray<[number, Settings]> = [
  [
    1,
    {
      ...defaultSettings,
      nudgesEnabled: false,
      pausedHosts: ['mail.google.com', 'app.slack.com'],
      storeExcerpts: true,
      checkInDays: [1, 3, 7],
      talkReminderMinutes: 30,
      quietHours: { enabled: false, start: '23:00', end: '07:30' },
    },
  ],
];

test('defaults: check-ins after 1, 3 and 7 days, a talk reminder an hour ahead, quiet nights, no excerpts', () => {
  expect(defaultSettings).toMatchObject({
    nudgesEnabled: true,
    storeExcerpts: false,
    sensitivity: 'all',
    inPersonReminder: true,
    checkInDays: [1, 3, 7],
    talkReminderMinutes: 60,
    quietHours: { enabled: true, start: '22:00', end: '08:00' },
  });
});

test('every migration has an example, and the versions chain up to the current one', () => {
  expect(settingsMigrations.map((m) => m.from)).toEqual(migrationExamples.map(([version]) => version));
  expect(settingsMigrations.map((m) => m.from + 1).at(-1)).toBe(SETTINGS_VERSION);
});

test.each(migrationExamples)('settings stored under version %i become the current shape', async (version, expected) => {
  expect(parseSettings(migrateSettings(version, example(version)))).toEqual({ settings: expected, reset: [] });
  const db = freshDb();
  await adoptSettings(db, version, example(version));
  expect(await readSettings(db)).toEqual(expected);
});

test.each([
  ['a zero-day check-in', { checkInDays: [0] }, 'checkInDays'],
  ['a negative lead time', { talkReminderMinutes: -5 }, 'talkReminderMinutes'],
  ['a lead time over a week', { talkReminderMinutes: 7 * 24 * 60 + 1 }, 'talkReminderMinutes'],
  ['a quiet time that is not a time', { quietHours: { enabled: true, start: '25:00', end: '08:00' } }, 'quietHours'],
  ['a sensitivity that does not exist', { sensitivity: 'some' }, 'sensitivity'],
  ['paused sites that are not a list', { pausedHosts: 'mail.google.com' }, 'pausedHosts'],
])('one bad field (%s) takes its default and keeps every other field', (_case, bad, field) => {
  const stored = { ...defaultSettings, nudgesEnabled: false, storeExcerpts: true, pausedHosts: ['x.com'], ...bad };
  const { settings, reset } = parseSettings(stored);
  expect(reset).toEqual([field]);
  expect(settings).toEqual({ ...stored, [field]: defaultSettings[field as keyof Settings] });
});

test.each([null, 'settings', 42, [], undefined])('stored settings that are not an object (%j) read as the defaults', (raw) => {
  expect(parseSettings(raw).settings).toEqual(defaultSettings);
});

test('a bad field in the database is reported, and the others are kept', async () => {
  const db = freshDb();
  await db.settings.put({ id: 'current', version: SETTINGS_VERSION, value: { ...defaultSettings, checkInDays: [0], nudgesEnabled: false } });
  expect(await readParsedSettings(db)).toEqual({ settings: { ...defaultSettings, nudgesEnabled: false }, reset: ['checkInDays'] });
});

test('writes refuse a bad value and leave the stored settings as they were', async () => {
  const db = freshDb();
  await changeSettings(db, (s) => ({ ...s, storeExcerpts: true }));
  await expect(changeSettings(db, (s) => ({ ...s, checkInDays: [0] }))).rejects.toThrow();
  expect(await readSettings(db)).toEqual({ ...defaultSettings, storeExcerpts: true });
});

test('concurrent changes queue up: none is lost', async () => {
  const db = freshDb();
  await Promise.all(
    Array.from({ length: 10 }, (_, i) => changeSettings(db, (s) => ({ ...s, pausedHosts: [...s.pausedHosts, `h${i}.example`] }))),
  );
  expect((await readSettings(db)).pausedHosts).toHaveLength(10);
});

test('adopting older settings never overwrites settings already stored', async () => {
  const db = freshDb();
  await changeSettings(db, (s) => ({ ...s, nudgesEnabled: false }));
  expect(await adoptSettings(db, 1, { nudgesEnabled: true })).toBe(false);
  expect((await readSettings(db)).nudgesEnabled).toBe(false);
});

test.each([
  [{ nudgesEnabled: false }, true],
  [{}, true],
  [{ nudgesEnabled: 'no' }, false],
  [{ unknownSetting: true }, false],
  [{ checkInDays: [2, 400] }, false],
])('a settings patch %j is accepted: %s', (patch, accepted) => {
  expect(settingsPatchSchema.safeParse(patch).success).toBe(accepted);
});

test('the full schema refuses what a field refuses', () => {
  expect(settingsSchema.safeParse({ ...defaultSettings, checkInDays: [0] }).success).toBe(false);
});
