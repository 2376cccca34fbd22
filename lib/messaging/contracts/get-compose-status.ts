import { z } from 'zod/mini';
import { settingsFields } from '../../settings/settings-schema';
import { ANY_SENDER, defineContract } from '../contract';

/**
 * Content script (or the practice page) → background: may the nudge run where the sender is, and how. The host is the
 * sender's own, read from the browser; a page cannot ask about another site.
 */
export const getComposeStatus = defineContract(
  'getComposeStatus',
  ANY_SENDER,
  z.object({}),
  z.object({
    enabled: z.boolean(),
    storeExcerpts: z.boolean(),
    sensitivity: settingsFields.sensitivity,
    inPersonReminder: z.boolean(),
    /** The site as shown to the user ("Paused on mail.google.com"); absent on Amends' own pages. */
    host: z.optional(z.string()),
    version: z.string(),
  }),
);
