import { z } from 'zod/mini';
import { followUpSchema } from '../../repairs/schemas';
import { defineContract, PAGES_ONLY } from '../contract';

/** Popup or options → background: ask again later (a day unless said otherwise, at most 30 days). */
export const snoozeFollowUp = defineContract(
  'snoozeFollowUp',
  PAGES_ONLY,
  z.object({
    id: followUpSchema.shape.id,
    minutes: z.optional(z.number().check(z.int(), z.gte(5), z.lte(30 * 24 * 60))),
  }),
  z.object({ followUp: followUpSchema }),
);
