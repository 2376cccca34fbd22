import { z } from 'zod/mini';
import { followUpSchema, outcomes } from '../../repairs/schemas';
import { defineContract, PAGES_ONLY } from '../contract';

/** Popup or options → background: mark a follow-up done, with how it went. */
export const completeFollowUp = defineContract(
  'completeFollowUp',
  PAGES_ONLY,
  z.object({
    id: followUpSchema.shape.id,
    outcome: z.optional(z.enum(outcomes)),
    note: z.optional(followUpSchema.shape.note),
  }),
  z.object({ followUp: followUpSchema }),
);
