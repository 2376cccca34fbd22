import { z } from 'zod/mini';
import { followUpKinds, followUpSchema } from '../../repairs/schemas';
import { defineContract, PAGES_ONLY } from '../contract';

/** Popup or options → background: a follow-up the user adds by hand (a check-in, a promise's date). */
export const addFollowUp = defineContract(
  'addFollowUp',
  PAGES_ONLY,
  z.object({
    repairId: followUpSchema.shape.repairId,
    kind: z.enum(followUpKinds),
    dueAt: followUpSchema.shape.dueAt,
    commitmentId: followUpSchema.shape.commitmentId,
    note: z.optional(followUpSchema.shape.note),
  }),
  z.object({ followUp: followUpSchema }),
);
