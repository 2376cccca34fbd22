import { describe, expect, test } from 'vitest';
import { promiseCheckIns } from '../../../lib/repairs/promise-check-ins';
import { DAY, makeRepair, T0 } from '../db/records';

describe('one check-in per promise', () => {
  const commitments = [
    { id: 'c1', text: 'Ask before I answer', kept: 'not-yet' as const },
    { id: 'c2', text: 'Call on Sundays', kept: 'yes' as const, settledAt: T0 },
  ];

  test.each([
    ['counted from a talk ahead', T0 + DAY, [1, 3, 7], T0 + DAY + DAY],
    ['from now when the talk has passed', T0 - DAY, [1, 3, 7], T0 + DAY],
    ['from now when no talk is planned', undefined, [3, 7], T0 + 3 * DAY],
    ['the first day, whatever the order', undefined, [7, 2], T0 + 2 * DAY],
    ['three days when none is set', undefined, [], T0 + 3 * DAY],
  ])('%s', (_name, plannedTalkAt, days, dueAt) => {
    const repair = makeRepair({ commitments, ...(plannedTalkAt === undefined ? {} : { plannedTalkAt }) });
    expect(promiseCheckIns(repair, days, T0)).toEqual([{ repairId: repair.id, kind: 'promise', commitmentId: 'c1', dueAt }]);
  });
});
