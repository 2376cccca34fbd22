import { expect, test } from 'vitest';
import { dueLabel } from '../../../lib/repairs/due-label';
import { DAY, makeFollowUp, makeRepair, T0 } from '../db/records';

const repair = makeRepair({ createdAt: T0, commitments: [{ id: 'c1', text: 'Ask before I answer', kept: 'not-yet' }] });

test.each([
  ['the talk', makeFollowUp(repair.id, { kind: 'talk', dueAt: T0 + DAY }), repair, { kind: 'talk', person: 'Sam' }],
  ['a check-in on day 3 after logging', makeFollowUp(repair.id, { dueAt: T0 + 3 * DAY }), repair, { kind: 'check-in', person: 'Sam', day: 3 }],
  ['a check-in counted from the talk', makeFollowUp(repair.id, { dueAt: T0 + 3 * DAY }), { ...repair, plannedTalkAt: T0 + 2 * DAY }, { kind: 'check-in', person: 'Sam', day: 1 }],
  ['a check-in added for now has no day', makeFollowUp(repair.id, { dueAt: T0 + 1000 }), repair, { kind: 'check-in', person: 'Sam' }],
  ['a promise, quoted', makeFollowUp(repair.id, { kind: 'promise', commitmentId: 'c1' }), repair, { kind: 'promise', person: 'Sam', promise: 'Ask before I answer' }],
  ['a promise since removed', makeFollowUp(repair.id, { kind: 'promise', commitmentId: 'gone' }), repair, { kind: 'promise', person: 'Sam' }],
])('%s', (_name, followUp, ofRepair, expected) => {
  expect(dueLabel(followUp, ofRepair)).toEqual(expected);
});
