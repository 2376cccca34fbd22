import { z } from 'zod/mini';
import { channels, followUpSchema, repairSchema, timestampSchema } from '../../repairs/schemas';
import { defineContract, PAGES_ONLY } from '../contract';

/** Popup or options → background: (re)plan the talk; open talk and check-in reminders are re-planned. */
export const planTalk = defineContract(
  'planTalk',
  PAGES_ONLY,
  z.object({ repairId: repairSchema.shape.id, at: timestampSchema, channel: z.optional(z.enum(channels)) }),
  z.object({ repair: repairSchema, followUps: z.array(followUpSchema) }),
);
