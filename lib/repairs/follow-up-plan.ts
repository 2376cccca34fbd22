import type { FollowUp, FollowUpKind, Repair } from './schemas';
import type { Clock } from './new-repair';
import { DAY_MS, MINUTE_MS } from './time';

export interface PlanSettings {
  /** Days after the talk (or the logging) when to check in. */
  checkInDays: readonly number[];
  /** How long before a planned talk to remind the user. */
  talkReminderMinutes: number;
}

/**
 * The default follow-ups of a repair: a reminder ahead of the planned talk (if it is still ahead),
 * then check-ins counted from the talk, or from now when no talk is planned.
 */
export function planFollowUps(repair: Repair, settings: PlanSettings, { now, newId }: Clock): FollowUp[] {
  const plan: FollowUp[] = [];
  const talkAt = repair.plannedTalkAt;
  if (talkAt !== undefined && talkAt > now) {
    plan.push(followUp(repair.id, 'talk', Math.max(now, talkAt - settings.talkReminderMinutes * MINUTE_MS), newId));
  }
  const base = talkAt !== undefined && talkAt > now ? talkAt : now;
  for (const days of [...new Set(settings.checkInDays)].sort((a, b) => a - b)) {
    plan.push(followUp(repair.id, 'check-in', base + days * DAY_MS, newId));
  }
  return plan;
}

/** Kinds of follow-up the default plan owns; re-planning replaces the open ones, never promises. */
export const PLANNED_KINDS: ReadonlySet<FollowUpKind> = new Set(['talk', 'check-in']);

/**
 * After the talk is (re)planned: open talk and check-in follow-ups give way to a fresh plan;
 * done ones stay as history and promise follow-ups are untouched.
 */
export function replanFollowUps(
  repair: Repair,
  existing: readonly FollowUp[],
  settings: PlanSettings,
  clock: Clock,
): { remove: string[]; add: FollowUp[] } {
  const remove = existing.filter((f) => f.doneAt === undefined && PLANNED_KINDS.has(f.kind)).map((f) => f.id);
  return { remove, add: planFollowUps(repair, settings, clock) };
}

function followUp(repairId: string, kind: FollowUpKind, dueAt: number, newId: () => string): FollowUp {
  return { id: newId(), repairId, kind, dueAt, note: '' };
}
