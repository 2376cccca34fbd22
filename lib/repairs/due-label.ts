import type { FollowUp, Repair } from './schemas';
import { DAY_MS } from './time';

/** What a due follow-up is, in parts the popup puts into words: the talk, a day-N check-in, or one promise. */
export type DueLabel =
  | { kind: 'talk'; person: string }
  | { kind: 'check-in'; person: string; day?: number }
  | { kind: 'promise'; person: string; promise?: string };

export function dueLabel(followUp: Pick<FollowUp, 'kind' | 'dueAt' | 'commitmentId'>, repair: Pick<Repair, 'person' | 'createdAt' | 'plannedTalkAt' | 'commitments'>): DueLabel {
  const person = repair.person;
  switch (followUp.kind) {
    case 'talk':
      return { kind: 'talk', person };
    case 'check-in': {
      // Counted from the talk when there was one before it, else from when the repair was logged.
      const base = repair.plannedTalkAt !== undefined && repair.plannedTalkAt <= followUp.dueAt ? repair.plannedTalkAt : repair.createdAt;
      const day = Math.round((followUp.dueAt - base) / DAY_MS);
      return day >= 1 ? { kind: 'check-in', person, day } : { kind: 'check-in', person };
    }
    case 'promise': {
      const promise = repair.commitments.find((c) => c.id === followUp.commitmentId)?.text;
      return promise === undefined ? { kind: 'promise', person } : { kind: 'promise', person, promise };
    }
  }
}
