import type { FollowUp, Repair } from './schemas';

export interface DueItem {
  followUp: FollowUp;
  repair: Repair;
}

export interface NotificationText {
  title: string;
  message: string;
}

/** Beyond this many at once, one summary replaces a pile of notifications. */
export const MAX_SEPARATE_NOTIFICATIONS = 3;

/** Names the person and what is due. */
export function describeDue({ followUp, repair }: DueItem): NotificationText {
  const person = repair.person;
  switch (followUp.kind) {
    case 'talk':
      return {
        title: `Your talk with ${person} is coming up`,
        message: repair.repairPlan ? clip(`Your plan: ${repair.repairPlan}`) : 'Take a moment to think about what you want to say.',
      };
    case 'check-in':
      return {
        title: `Check in with ${person}`,
        message: 'See how they are doing. No pressure for forgiveness: just show up.',
      };
    case 'promise': {
      const promise = repair.commitments.find((c) => c.id === followUp.commitmentId);
      return {
        title: `A promise to ${person} is due`,
        message: promise ? clip(`You said: ${promise.text}`) : 'Time to keep the promise you made.',
      };
    }
  }
}

export function describeSummary(count: number): NotificationText {
  return { title: `${count} follow-ups are due`, message: 'Open Amends to see who is waiting to hear from you.' };
}

function clip(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
