import type { FollowUp } from './schemas';

/**
 * When an open follow-up next asks for attention: its snooze if snoozed, else its due time.
 * A done follow-up never does (undefined).
 */
export function pendingAt(followUp: Pick<FollowUp, 'dueAt' | 'doneAt' | 'snoozedUntil'>): number | undefined {
  if (followUp.doneAt !== undefined) return undefined;
  return followUp.snoozedUntil ?? followUp.dueAt;
}

/** "Due" means open and its (snoozed) time has come. */
export function isDue(followUp: Pick<FollowUp, 'dueAt' | 'doneAt' | 'snoozedUntil'>, now: number): boolean {
  const at = pendingAt(followUp);
  return at !== undefined && at <= now;
}

/** Done on time: before its due time or within a day of it (snoozing doesn't move the goalposts). */
export const ON_TIME_GRACE_MS = 24 * 60 * 60 * 1000;

export function doneOnTime(followUp: Pick<FollowUp, 'dueAt' | 'doneAt'>): boolean {
  return followUp.doneAt !== undefined && followUp.doneAt <= followUp.dueAt + ON_TIME_GRACE_MS;
}
