import { endOfQuietHours, isQuietAt, type QuietHours } from './quiet-hours';

export interface ReminderInput<T> {
  now: number;
  /** Follow-ups that became due since the last announcement (the cursor). */
  newlyDue: readonly T[];
  /** The next time an open follow-up comes due after now. */
  nextPendingAt: number | undefined;
  quietHours: QuietHours;
}

export interface ReminderPlan<T> {
  /** Announce these now. */
  notify: T[];
  /** Whether everything up to now has been dealt with (advance the cursor to now). */
  advanceCursor: boolean;
  /** When to wake next: the next due time (the badge changes then) or the end of quiet hours. */
  alarmAt: number | undefined;
}

/**
 * What to do when the reminder wakes. In quiet hours the announcement waits for their end, but the
 * alarm still fires at each due time so the (silent) badge stays live.
 */
export function planReminders<T>({ now, newlyDue, nextPendingAt, quietHours }: ReminderInput<T>): ReminderPlan<T> {
  if (newlyDue.length > 0 && isQuietAt(now, quietHours)) {
    const quietEnd = endOfQuietHours(now, quietHours);
    return {
      notify: [],
      advanceCursor: false,
      alarmAt: nextPendingAt === undefined ? quietEnd : Math.min(quietEnd, nextPendingAt),
    };
  }
  return { notify: [...newlyDue], advanceCursor: true, alarmAt: nextPendingAt };
}
