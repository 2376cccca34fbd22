import { describe, expect, test } from 'vitest';
import { doneOnTime, isDue, pendingAt } from '../../../lib/repairs/due';
import { completeFollowUp, snoozeFollowUp } from '../../../lib/repairs/follow-up-actions';
import { planFollowUps, replanFollowUps } from '../../../lib/repairs/follow-up-plan';
import { DAY, makeFollowUp, makeRepair, T0 } from '../db/records';

const HOUR = 60 * 60 * 1000;
const settings = { checkInDays: [1, 3, 7], talkReminderMinutes: 60 };
const clock = () => {
  let n = 0;
  return { now: T0, newId: () => `new-${++n}` };
};

describe('what "due" means', () => {
  test.each([
    ['before its time', {}, T0 + DAY - 1, false],
    ['at its time', {}, T0 + DAY, true],
    ['after its time', {}, T0 + 2 * DAY, true],
    ['done', { doneAt: T0 }, T0 + 2 * DAY, false],
    ['snoozed past now', { snoozedUntil: T0 + 3 * DAY }, T0 + 2 * DAY, false],
    ['snooze over', { snoozedUntil: T0 + 3 * DAY }, T0 + 3 * DAY, true],
  ])('%s → %s', (_case, change, now, due) => {
    expect(isDue(makeFollowUp('r', change), now)).toBe(due);
  });

  test('done on time: before the due time or within a day of it, however often it was snoozed', () => {
    const f = makeFollowUp('r', { dueAt: T0, snoozedUntil: T0 + 5 * DAY });
    expect(doneOnTime({ ...f, doneAt: T0 + DAY })).toBe(true);
    expect(doneOnTime({ ...f, doneAt: T0 + DAY + 1 })).toBe(false);
    expect(doneOnTime(f)).toBe(false);
  });
});

describe('default plan', () => {
  test('a planned talk gets a reminder ahead of it and check-ins counted from the talk', () => {
    const repair = makeRepair({ id: 'r', plannedTalkAt: T0 + 2 * DAY });
    const plan = planFollowUps(repair, settings, clock());
    expect(plan.map(({ kind, dueAt }) => [kind, dueAt])).toEqual([
      ['talk', T0 + 2 * DAY - HOUR],
      ['check-in', T0 + 3 * DAY],
      ['check-in', T0 + 5 * DAY],
      ['check-in', T0 + 9 * DAY],
    ]);
    expect(plan.every((f) => f.repairId === 'r' && f.note === '' && f.doneAt === undefined)).toBe(true);
    expect(new Set(plan.map((f) => f.id)).size).toBe(plan.length);
  });

  test('a talk sooner than the lead time is reminded now; a past talk gets no reminder', () => {
    expect(planFollowUps(makeRepair({ plannedTalkAt: T0 + 10 * 60_000 }), settings, clock())[0]).toMatchObject({
      kind: 'talk',
      dueAt: T0,
    });
    const past = planFollowUps(makeRepair({ plannedTalkAt: T0 - DAY }), settings, clock());
    expect(past.map((f) => f.kind)).toEqual(['check-in', 'check-in', 'check-in']);
    expect(past[0]!.dueAt).toBe(T0 + DAY);
  });

  test('check-in days come from settings, sorted and without repeats', () => {
    const plan = planFollowUps(makeRepair(), { checkInDays: [14, 2, 2], talkReminderMinutes: 0 }, clock());
    expect(plan.map((f) => f.dueAt)).toEqual([T0 + 2 * DAY, T0 + 14 * DAY]);
  });

  test('re-planning the talk replaces open talk and check-in follow-ups, keeps history and promises', () => {
    const repair = makeRepair({ id: 'r', plannedTalkAt: T0 + DAY });
    const done = makeFollowUp('r', { kind: 'check-in', doneAt: T0 });
    const open = makeFollowUp('r', { kind: 'talk' });
    const promise = makeFollowUp('r', { kind: 'promise' });
    const { remove, add } = replanFollowUps(repair, [done, open, promise], settings, clock());
    expect(remove).toEqual([open.id]);
    expect(add.map((f) => f.kind)).toEqual(['talk', 'check-in', 'check-in', 'check-in']);
  });
});

describe('snooze and complete', () => {
  test('snoozing a day moves when it asks again, not when it was due', () => {
    const f = makeFollowUp('r', { dueAt: T0 });
    const snoozed = snoozeFollowUp(f, T0 + HOUR);
    expect(snoozed).toMatchObject({ dueAt: T0, snoozedUntil: T0 + HOUR + DAY });
    expect(pendingAt(snoozed)).toBe(T0 + HOUR + DAY);
    expect(snoozeFollowUp(f, T0, 2 * HOUR).snoozedUntil).toBe(T0 + 2 * HOUR);
  });

  test('a done follow-up cannot be snoozed', () => {
    expect(() => snoozeFollowUp(makeFollowUp('r', { doneAt: T0 }), T0)).toThrow('already done');
  });

  test('completing records when and how it went, clears the snooze, and is idempotent', () => {
    const f = makeFollowUp('r', { snoozedUntil: T0 + DAY });
    const done = completeFollowUp(f, T0, { outcome: 'not-ready', note: 'they need time' });
    expect(done).toEqual({ ...f, snoozedUntil: undefined, doneAt: T0, outcome: 'not-ready', note: 'they need time' });
    expect('snoozedUntil' in done).toBe(false);
    expect(completeFollowUp(done, T0 + DAY)).toBe(done);
  });
});
