import { describe, expect, test } from 'vitest';
import { fromFollowUpRow, toFollowUpRow } from '../../../lib/db/follow-up-row';
import { followUpSchema } from '../../../lib/repairs/schemas';
import { DAY, makeFollowUp, T0 } from './records';

describe('follow-up rows', () => {
  test.each([
    ['open', {}, T0 + DAY],
    ['snoozed', { snoozedUntil: T0 + 2 * DAY }, T0 + 2 * DAY],
    ['done', { doneAt: T0 }, undefined],
    ['done after a snooze', { doneAt: T0, snoozedUntil: T0 + 2 * DAY }, undefined],
  ])('%s → pendingAt %s', (_case, change, pendingAt) => {
    const followUp = makeFollowUp('r', change);
    const row = toFollowUpRow(followUp);
    expect(row.pendingAt).toBe(pendingAt);
    expect('pendingAt' in row).toBe(pendingAt !== undefined);
    expect(fromFollowUpRow(row)).toEqual(followUp);
    expect(followUpSchema.parse(followUp)).toEqual(followUp);
  });

  test.each([
    ['open', {}, undefined],
    ['done an hour early', { doneAt: T0 + DAY - 3_600_000 }, -3_600_000],
    ['done on the minute', { doneAt: T0 + DAY }, 0],
    ['done two days late', { doneAt: T0 + 3 * DAY }, 2 * DAY],
  ])('%s → lateBy %s', (_case, change, lateBy) => {
    const followUp = makeFollowUp('r', change);
    const row = toFollowUpRow(followUp);
    expect(row.lateBy).toBe(lateBy);
    expect('lateBy' in row).toBe(lateBy !== undefined);
    expect(fromFollowUpRow(row)).toEqual(followUp);
  });

  test('a stale pendingAt on the way in is recomputed', () => {
    const row = toFollowUpRow({ ...makeFollowUp('r', { doneAt: T0 }), pendingAt: 5 } as never);
    expect('pendingAt' in row).toBe(false);
  });
});
