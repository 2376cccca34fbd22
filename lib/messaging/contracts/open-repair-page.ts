import { z } from 'zod/mini';
import { repairSchema } from '../../repairs/schemas';
import { ANY_SENDER, defineContract } from '../contract';

/**
 * Content script → background: open a repair in a tab (content scripts cannot open extension pages). `plan` opens the
 * planning view (popup.html#/plan/ID), `review` the repair's page in the options.
 */
export const openRepairPage = defineContract(
  'openRepairPage',
  ANY_SENDER,
  z.object({ repairId: repairSchema.shape.id, view: z._default(z.enum(['plan', 'review']), 'review') }),
  z.object({ opened: z.literal(true) }),
);
