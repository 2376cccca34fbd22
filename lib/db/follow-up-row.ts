import { pendingAt } from '../repairs/due';
import type { FollowUp } from '../repairs/schemas';

/**
 * What the followUps table stores: the follow-up plus two derived keys, each present only when it applies.
 * IndexedDB leaves records without the key out of an index, so:
 * - `pendingAt` (open follow-ups only): the due query never walks the done history;
 * - `lateBy` (done ones only, milliseconds from due to done, negative when early): Insights counts the done and the
 *   done-on-time follow-ups from the index alone.
 */
export type FollowUpRow = FollowUp & { pendingAt?: number; lateBy?: number };

/** Every write to followUps goes through here, so the indexes can't drift from the record. */
export function toFollowUpRow(followUp: FollowUp): FollowUpRow {
  const plain = fromFollowUpRow(followUp);
  const at = pendingAt(plain);
  return {
    ...plain,
    ...(at === undefined ? {} : { pendingAt: at }),
    ...(plain.doneAt === undefined ? {} : { lateBy: plain.doneAt - plain.dueAt }),
  };
}

export function fromFollowUpRow(row: FollowUpRow): FollowUp {
  const { pendingAt: _pending, lateBy: _late, ...followUp } = row;
  return followUp;
}
