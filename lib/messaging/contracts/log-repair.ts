import { z } from 'zod/mini';
import { followUpChoiceSchema } from '../../repairs/follow-up-choice';
import { followUpSchema, repairDraftSchema, repairSchema } from '../../repairs/schemas';
import { ANY_SENDER, defineContract } from '../contract';

/**
 * Content script, popup or options → background: log a repair. `followUps` says whether its default check-ins are
 * planned (`default`, also when left out) or none (`none`: a light apology the user did not ask reminders for).
 */
export const logRepair = defineContract(
  'logRepair',
  ANY_SENDER,
  z.extend(repairDraftSchema, { followUps: followUpChoiceSchema }),
  z.object({ repair: repairSchema, followUps: z.array(followUpSchema) }),
);
