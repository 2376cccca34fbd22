import { z } from 'zod/mini';
import { LIMITS } from '../../repairs/limits';
import { followUpSchema, repairSchema } from '../../repairs/schemas';
import { defineContract, PAGES_ONLY } from '../contract';

/** Options → background: Undo of a delete: puts a deleted repair and its follow-ups back exactly as they were. */
export const restoreRepair = defineContract(
  'restoreRepair',
  PAGES_ONLY,
  z.object({ repair: repairSchema, followUps: z.array(followUpSchema).check(z.maxLength(LIMITS.promises * 10)) }),
  z.object({ restored: z.literal(true) }),
);
