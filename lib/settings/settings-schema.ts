import { z } from 'zod/mini';

const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time as HH:MM'));

/** The user's settings. Every field has a default, so a partial or older value still parses. */
export const settingsSchema = z.object({
  /** Master switch for the compose nudge. */
  nudgesEnabled: z._default(z.boolean(), true),
  /** Hosts where the user paused Amends. */
  pausedHosts: z._default(z.array(z.string().check(z.maxLength(253))).check(z.maxLength(1000)), []),
  /** Message text is only kept when the user opts in. */
  storeExcerpts: z._default(z.boolean(), false),
  /** Days after the apology when check-ins are planned. */
  checkInDays: z._default(
    z.array(z.number().check(z.int(), z.positive(), z.lte(365))).check(z.maxLength(10)),
    [1, 3, 7],
  ),
  /** Minutes before a planned talk when Amends reminds the user. */
  talkReminderMinutes: z._default(z.number().check(z.int(), z.gte(0), z.lte(7 * 24 * 60)), 60),
  /** No notifications between these times (local clock); start may be after end (overnight). */
  quietHours: z._default(
    z.object({ enabled: z.boolean(), start: clockTime, end: clockTime }),
    { enabled: true, start: '22:00', end: '08:00' },
  ),
});

export type Settings = z.output<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
