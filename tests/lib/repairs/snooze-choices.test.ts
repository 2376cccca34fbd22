import { describe, expect, test } from 'vitest';
import { pendingAt } from '../../../lib/repairs/due';
import { snoozeFollowUp } from '../../../lib/repairs/follow-up-actions';
import { snoozeChoiceIds, snoozedUntil, snoozeMinutes, snoozeTarget, type SnoozeChoice } from '../../../lib/repairs/snooze-choices';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../lib/repairs/time';
import { makeFollowUp } from '../db/records';

// Local times, so the table reads the same in every time zone: Tuesday 1 December 2026, 14:00.
const NOW = new Date(2026, 11, 1, 14, 0).getTime();
const local = (day: number, hour: number) => new Date(2026, 11, day, hour, 0).getTime();

describe('what each snooze choice means', () => {
  test.each<[SnoozeChoice, number]>([
    ['later-today', NOW + 3 * HOUR_MS],
    ['tomorrow', local(2, 9)],
    ['next-week', local(8, 9)],
  ])('%s → %s', (choice, expected) => {
    expect(snoozeTarget(choice, NOW)).toBe(expected);
  });
});

describe('a snooze never moves a follow-up earlier than it would have asked', () => {
  const cases: Array<[string, { dueAt: number; snoozedUntil?: number }]> = [
    ['due an hour ago', { dueAt: NOW - HOUR_MS }],
    ['due a week ago', { dueAt: NOW - 7 * DAY_MS }],
    ['due in two days (not yet due)', { dueAt: NOW + 2 * DAY_MS }],
    ['due in a month', { dueAt: NOW + 31 * DAY_MS }],
    ['snoozed until tomorrow evening', { dueAt: NOW - DAY_MS, snoozedUntil: local(2, 20) }],
    ['snoozed until next month', { dueAt: NOW - DAY_MS, snoozedUntil: NOW + 40 * DAY_MS }],
  ];
  const rows = cases.flatMap(([name, times]) => snoozeChoiceIds.map((choice) => [name, choice, times] as const));

  test.each(rows)('%s, snoozed %s', (_name, choice, times) => {
    const followUp = makeFollowUp('r', times);
    const before = pendingAt(followUp) ?? 0;
    const until = snoozedUntil(followUp, choice, NOW);
    expect(until).toBeGreaterThanOrEqual(before);
    expect(until).toBeGreaterThanOrEqual(snoozeTarget(choice, NOW));
    // The background applies the minutes the popup sends; the result is never earlier either (up to the 30-day cap).
    const applied = snoozeFollowUp(followUp, NOW, snoozeMinutes(followUp, choice, NOW) * MINUTE_MS);
    expect(pendingAt(applied)).toBeGreaterThanOrEqual(before);
    expect(applied.dueAt).toBe(followUp.dueAt);
  });

  test.each([
    ['later-today on an overdue follow-up', makeFollowUp('r', { dueAt: NOW - HOUR_MS }), 'later-today', 180],
    ['tomorrow on an overdue follow-up', makeFollowUp('r', { dueAt: NOW - HOUR_MS }), 'tomorrow', 19 * 60],
    ['later-today on one due in two days keeps the two days', makeFollowUp('r', { dueAt: NOW + 2 * DAY_MS }), 'later-today', 2 * 24 * 60],
    ['anything beyond 30 days is capped by the contract', makeFollowUp('r', { dueAt: NOW + 45 * DAY_MS }), 'next-week', 30 * 24 * 60],
  ] as const)('%s → %i minutes', (_name, followUp, choice, minutes) => {
    expect(snoozeMinutes(followUp, choice, NOW)).toBe(minutes);
  });

  test('the background keeps a later snooze when asked for an earlier one', () => {
    const followUp = makeFollowUp('r', { dueAt: NOW - DAY_MS, snoozedUntil: NOW + 5 * DAY_MS });
    expect(snoozeFollowUp(followUp, NOW, HOUR_MS).snoozedUntil).toBe(NOW + 5 * DAY_MS);
  });
});
