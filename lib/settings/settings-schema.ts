import { z } from 'zod/mini';
import { LIMITS } from '../repairs/limits';

const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time as HH:MM'));
const hostName = z.string().check(z.minLength(1), z.maxLength(LIMITS.host));

/**
 * Each setting with its own schema and default. Settings are parsed field by field (parseSettings), so one bad value
 * falls back to its own default and never resets another — least of all consent or the paused sites.
 */
export const settingsFields = {
  /** Master switch for the compose nudge. */
  nudgesEnabled: z._default(z.boolean(), true),
  /** Hosts where the user paused Amends. */
  pausedHosts: z._default(z.array(hostName).check(z.maxLength(1000)), []),
  /** Built-in sites (lib/compose/sites.ts ids) the user switched off. */
  disabledSites: z._default(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(100)), []),
  /** Hosts the user added, each granted as an optional host permission. */
  customHosts: z._default(z.array(hostName).check(z.maxLength(100)), []),
  /** Which apologies get a nudge: every one, or only the serious ones. */
  sensitivity: z._default(z.enum(['all', 'serious']), 'all'),
  /** Whether serious nudges remind the user that apologies land better in person. */
  inPersonReminder: z._default(z.boolean(), true),
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
};

export type SettingName = keyof typeof settingsFields;

/** The whole settings object, every field required after defaults. */
export const settingsSchema = z.object(settingsFields);

export type Settings = z.output<typeof settingsSchema>;

/** A change to some settings; fields not named stay as they are. */
export const settingsPatchSchema = z.strictObject(
  Object.fromEntries(Object.entries(settingsFields).map(([name, field]) => [name, z.optional(field.def.innerType)])) as {
    [K in SettingName]: z.ZodMiniOptional<(typeof settingsFields)[K]['def']['innerType']>;
  },
);
export type SettingsPatch = z.output<typeof settingsPatchSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

export interface ParsedSettings {
  settings: Settings;
  /** Settings whose stored value was unusable and fell back to the default. */
  reset: SettingName[];
}

/** Reads stored settings field by field: a bad field takes its default and is reported; the others are kept. */
export function parseSettings(raw: unknown): ParsedSettings {
  const source = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = {};
  const reset: SettingName[] = [];
  for (const name of Object.keys(settingsFields) as SettingName[]) {
    const parsed = settingsFields[name].safeParse(source[name]);
    if (parsed.success) settings[name] = parsed.data;
    else {
      settings[name] = defaultSettings[name];
      reset.push(name);
    }
  }
  return { settings: settings as Settings, reset };
}
