import { z } from 'zod/mini';
import type { Clock } from './new-repair';
import { planFollowUps, type PlanSettings } from './follow-up-plan';
import type { FollowUp, Repair } from './schemas';

/**
 * What the user chose, when logging, about check-ins: `default` plans their usual ones (Settings → check-in days),
 * `none` plans nothing. A serious apology's log plans them; a light one's ("sorry for the late reply") only if asked.
 */
export const followUpChoices = ['default', 'none'] as const;
export type FollowUpChoice = (typeof followUpChoices)[number];

/** Senders that predate the choice (popup, options, older scripts) keep getting the default plan. */
export const followUpChoiceSchema = z._default(z.enum(followUpChoices), 'default');

/** The follow-ups a newly logged repair gets: practice repairs never get reminders, whatever was asked. */
export function followUpsOnLogging(repair: Repair, choice: FollowUpChoice, settings: PlanSettings, clock: Clock): FollowUp[] {
  if (repair.practice === true || choice === 'none') return [];
  return planFollowUps(repair, settings, clock);
}
