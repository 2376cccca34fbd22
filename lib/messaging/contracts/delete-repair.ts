import { z } from 'zod/mini';
import { followUpSchema, repairSchema } from '../../repairs/schemas';
import { defineContract, PAGES_ONLY } from '../contract';

/** Options → background: delete one repair and its follow-ups. The reply holds both, so the page can offer Undo. */
export const deleteRepair = defineContract(
  'deleteRepair',
  PAGES_ONLY,
  z.object({ id: repairSchema.shape.id }),
  z.object({ repair: repairSchema, followUps: z.array(followUpSchema) }),
);
