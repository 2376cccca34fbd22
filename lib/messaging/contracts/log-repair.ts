import { z } from 'zod/mini';
import { followUpSchema, repairDraftSchema, repairSchema } from '../../repairs/schemas';
import { ANY_SENDER, defineContract } from '../contract';

/** Content script, popup or options → background: log a repair; its default follow-ups are planned. */
export const logRepair = defineContract(
  'logRepair',
  ANY_SENDER,
  repairDraftSchema,
  z.object({ repair: repairSchema, followUps: z.array(followUpSchema) }),
);
