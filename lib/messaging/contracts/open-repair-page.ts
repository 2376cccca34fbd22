import { z } from 'zod/mini';
import { repairSchema } from '../../repairs/schemas';
import { defineContract } from '../contract';

/** Content script → background: open a repair in the options page (content scripts cannot open extension pages). */
export const openRepairPage = defineContract(
  'openRepairPage',
  z.object({ repairId: repairSchema.shape.id }),
  z.object({ opened: z.literal(true) }),
);
