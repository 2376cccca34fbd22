import { expect, test } from 'vitest';
import { followUpsOnLogging, type FollowUpChoice } from '../../../lib/repairs/follow-up-choice';
import type { Repair } from '../../../lib/repairs/schemas';
import { DAY, makeRepair, T0 } from '../db/records';

const settings = { checkInDays: [3, 1, 7], talkReminderMinutes: 60 };
const clock = () => {
  let n = 0;
  return { now: T0, newId: () => `f${++n}` };
};

test.each<[string, Partial<Repair>, FollowUpChoice, Array<[string, number]>]>([
  ['default: the usual check-ins, counted from now', {}, 'default', [['check-in', T0 + DAY], ['check-in', T0 + 3 * DAY], ['check-in', T0 + 7 * DAY]]],
  ['default with a talk ahead: its reminder, then check-ins after it', { plannedTalkAt: T0 + 2 * DAY }, 'default', [
    ['talk', T0 + 2 * DAY - 60 * 60_000],
    ['check-in', T0 + 3 * DAY],
    ['check-in', T0 + 5 * DAY],
    ['check-in', T0 + 9 * DAY],
  ]],
  ['none: nothing, even with a talk ahead', { plannedTalkAt: T0 + 2 * DAY }, 'none', []],
  ['practice, default: nothing', { practice: true }, 'default', []],
  ['practice, none: nothing', { practice: true }, 'none', []],
])('%s', (_name, fields, choice, expected) => {
  const repair = makeRepair({ id: 'r1', ...fields });
  const plan = followUpsOnLogging(repair, choice, settings, clock());
  expect(plan.map((f) => [f.kind, f.dueAt])).toEqual(expected);
  expect(plan.every((f) => f.repairId === 'r1')).toBe(true);
});
