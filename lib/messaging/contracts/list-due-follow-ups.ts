import { z } from 'zod/mini';
import { followUpSchema, repairSchema } from '../../repairs/schemas';
import { defineContract, PAGES_ONLY } from '../contract';

/** Popup → background: what is due now, with the repair each belongs to. Extension pages only. */
export const listDueFollowUps = defineContract(
  'listDueFollowUps',
  PAGES_ONLY,
  z.object({}),
  z.object({ items: z.array(z.object({ followUp: followUpSchema, repair: repairSchema })) }),
);
