import { describe, expect, test } from 'vitest';
import { endOfQuietHours, isQuietAt } from '../../../lib/repairs/quiet-hours';
import { planReminders } from '../../../lib/repairs/reminder-plan';

// Local-clock dates, so the tests hold in any time zone.
const at = (day: number, hours: number, minutes = 0) => new Date(2026, 0, day, hours, minutes).getTime();
const overnight = { enabled: true, start: '22:00', end: '08:00' };
const daytime = { enabled: true, start: '12:30', end: '14:00' };

describe('quiet hours', () => {
  test.each([
    ['overnight, late evening', overnight, at(5, 23), true],
    ['overnight, at the start', overnight, at(5, 22), true],
    ['overnight, after midnight', overnight, at(6, 3), true],
    ['overnight, at the end', overnight, at(6, 8), false],
    ['overnight, midday', overnight, at(6, 12), false],
    ['daytime range, inside', daytime, at(6, 13), true],
    ['daytime range, before', daytime, at(6, 12, 29), false],
    ['disabled', { ...overnight, enabled: false }, at(5, 23), false],
    ['start equals end', { enabled: true, start: '09:00', end: '09:00' }, at(5, 9), false],
  ])('%s → quiet: %s', (_case, quiet, time, expected) => {
    expect(isQuietAt(time, quiet)).toBe(expected);
  });

  test.each([
    ['late evening waits for the next morning', overnight, at(5, 23, 15), at(6, 8)],
    ['after midnight waits for the same morning', overnight, at(6, 2), at(6, 8)],
    ['a daytime range ends the same day', daytime, at(6, 13), at(6, 14)],
    ['outside quiet hours nothing moves', overnight, at(6, 9, 41), at(6, 9, 41)],
  ])('%s', (_case, quiet, time, expected) => {
    expect(endOfQuietHours(time, quiet)).toBe(expected);
  });
});

describe('reminder plan', () => {
  test('outside quiet hours: announce what came due, move on, wake at the next due time', () => {
    expect(planReminders({ now: at(6, 10), newlyDue: ['a'], nextPendingAt: at(7, 10), quietHours: overnight })).toEqual({
      notify: ['a'],
      advanceCursor: true,
      alarmAt: at(7, 10),
    });
  });

  test('in quiet hours: hold the announcement until they end, still wake for an earlier due time (badge)', () => {
    expect(planReminders({ now: at(5, 23), newlyDue: ['a'], nextPendingAt: at(6, 1), quietHours: overnight })).toEqual({
      notify: [],
      advanceCursor: false,
      alarmAt: at(6, 1),
    });
    expect(planReminders({ now: at(6, 1), newlyDue: ['a', 'b'], nextPendingAt: undefined, quietHours: overnight })).toEqual({
      notify: [],
      advanceCursor: false,
      alarmAt: at(6, 8),
    });
  });

  test('nothing new and nothing pending: no alarm', () => {
    expect(planReminders({ now: at(6, 1), newlyDue: [], nextPendingAt: undefined, quietHours: overnight })).toEqual({
      notify: [],
      advanceCursor: true,
      alarmAt: undefined,
    });
  });
});
