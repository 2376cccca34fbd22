import type { Repair } from './schemas';
import { DAY_MS } from './time';

/** When no check-in day is set: three days, long enough to have acted on a promise. */
const DEFAULT_FIRST_DAY = 3;

export interface PromiseCheckIn {
  repairId: string;
  kind: 'promise';
  commitmentId: string;
  dueAt: number;
}

/**
 * One check-in per promise, so each can be marked kept or not: on the first check-in day, counted from the talk when
 * it is ahead, else from now (the same base as the talk's check-ins).
 */
export function promiseCheckIns(repair: Pick<Repair, 'id' | 'commitments' | 'plannedTalkAt'>, checkInDays: readonly number[], now: number): PromiseCheckIn[] {
  const positive = checkInDays.filter((days) => days > 0);
  const firstDay = positive.length > 0 ? Math.min(...positive) : DEFAULT_FIRST_DAY;
  const base = repair.plannedTalkAt !== undefined && repair.plannedTalkAt > now ? repair.plannedTalkAt : now;
  return repair.commitments
    .filter((commitment) => commitment.kept === 'not-yet')
    .map((commitment) => ({ repairId: repair.id, kind: 'promise', commitmentId: commitment.id, dueAt: base + firstDay * DAY_MS }));
}
