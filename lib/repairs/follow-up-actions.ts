import type { FollowUp, Outcome } from './schemas';
import { withoutUndefined } from './new-repair';
import { DAY_MS } from './time';

export const DEFAULT_SNOOZE_MS = DAY_MS;

/**
 * Snoozing moves when it asks again, never its due time: "done on time" stays honest. It never asks earlier than it
 * would have: snoozing a follow-up that is not due yet, or already snoozed further, leaves that later time.
 */
export function snoozeFollowUp(followUp: FollowUp, now: number, forMs = DEFAULT_SNOOZE_MS): FollowUp {
  if (followUp.doneAt !== undefined) throw new Error('This follow-up is already done');
  return { ...followUp, snoozedUntil: Math.max(now + forMs, followUp.snoozedUntil ?? followUp.dueAt) };
}

export function completeFollowUp(
  followUp: FollowUp,
  now: number,
  { outcome, note }: { outcome?: Outcome; note?: string } = {},
): FollowUp {
  if (followUp.doneAt !== undefined) return followUp;
  return withoutUndefined({
    ...followUp,
    doneAt: now,
    snoozedUntil: undefined,
    outcome: outcome ?? followUp.outcome,
    note: note ?? followUp.note,
  });
}
