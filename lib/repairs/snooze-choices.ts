import { pendingAt } from './due';
import { localTimeOn } from './local-time';
import type { FollowUp } from './schemas';
import { HOUR_MS, MINUTE_MS } from './time';

export const snoozeChoiceIds = ['later-today', 'tomorrow', 'next-week'] as const;
export type SnoozeChoice = (typeof snoozeChoiceIds)[number];

/** The snooze contract's bounds (minutes): at least 5, at most 30 days. */
export const SNOOZE_MIN_MINUTES = 5;
export const SNOOZE_MAX_MINUTES = 30 * 24 * 60;

/** Morning is when a check-in is easiest to act on. */
const MORNING_HOUR = 9;

/** When a choice would ask again, measured from now alone. */
export function snoozeTarget(choice: SnoozeChoice, now: number): number {
  switch (choice) {
    case 'later-today':
      return now + 3 * HOUR_MS;
    case 'tomorrow':
      return localTimeOn(now, 1, MORNING_HOUR);
    case 'next-week':
      return localTimeOn(now, 7, MORNING_HOUR);
  }
}

/**
 * When a snoozed follow-up asks again: the choice's time, but never earlier than it would have asked anyway
 * (a follow-up snoozed to next week and snoozed again "later today" stays at next week).
 */
export function snoozedUntil(followUp: Pick<FollowUp, 'dueAt' | 'doneAt' | 'snoozedUntil'>, choice: SnoozeChoice, now: number): number {
  return Math.max(snoozeTarget(choice, now), pendingAt(followUp) ?? now);
}

/** The minutes the snooze message carries for a choice, within the contract's bounds, rounded up so it never falls short. */
export function snoozeMinutes(followUp: Pick<FollowUp, 'dueAt' | 'doneAt' | 'snoozedUntil'>, choice: SnoozeChoice, now: number): number {
  const minutes = Math.ceil((snoozedUntil(followUp, choice, now) - now) / MINUTE_MS);
  return Math.min(SNOOZE_MAX_MINUTES, Math.max(SNOOZE_MIN_MINUTES, minutes));
}
