import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings, settingsItem } from '../../../lib/settings/settings-item';
import { defaultSettings, settingsSchema } from '../../../lib/settings/settings-schema';

beforeEach(() => {
  fakeBrowser.reset();
});

test('defaults: check-ins after 1, 3 and 7 days, a talk reminder an hour ahead, quiet nights', () => {
  expect(defaultSettings).toMatchObject({
    checkInDays: [1, 3, 7],
    talkReminderMinutes: 60,
    quietHours: { enabled: true, start: '22:00', end: '08:00' },
  });
});

test('settings stored before talkReminderMinutes existed still load, with its default', async () => {
  await settingsItem.setValue({ nudgesEnabled: false, pausedHosts: ['x.com'], checkInDays: [2] });
  expect(await loadSettings()).toEqual({
    ...defaultSettings,
    nudgesEnabled: false,
    pausedHosts: ['x.com'],
    checkInDays: [2],
  });
});

test.each([
  ['a negative lead time', { talkReminderMinutes: -5 }],
  ['a lead time over a week', { talkReminderMinutes: 7 * 24 * 60 + 1 }],
  ['a quiet time that is not a time', { quietHours: { enabled: true, start: '25:00', end: '08:00' } }],
  ['a zero-day check-in', { checkInDays: [0] }],
])('refuses %s', async (_case, change) => {
  expect(settingsSchema.safeParse({ ...defaultSettings, ...change }).success).toBe(false);
  await expect(saveSettings({ ...defaultSettings, ...change } as never)).rejects.toThrow();
});
