import { pendingAt } from '../repairs/due';
import type { FollowUp } from '../repairs/schemas';

/**
 * What the followUps table stores: the follow-up plus `pendingAt`, present only while it is open.
 * IndexedDB leaves records without the key out of an index, so the "pendingAt" index holds open
 * follow-ups only and the due query never walks the done history.
 */
export type FollowUpRow = FollowUp & { pendingAt?: number };

/** Every write to followUps goes through here, so the index can't drift from the record. */
export function toFollowUpRow(followUp: FollowUp): FollowUpRow {
  const { pendingAt: _stale, ...plain } = followUp as FollowUpRow;
  const at = pendingAt(plain);
  return at === undefined ? plain : { ...plain, pendingAt: at };
}

export function fromFollowUpRow(row: FollowUpRow): FollowUp {
  const { pendingAt: _derived, ...followUp } = row;
  return followUp;
}
