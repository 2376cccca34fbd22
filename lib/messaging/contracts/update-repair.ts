import { z } from 'zod/mini';
import { repairChangesSchema, repairSchema } from '../../repairs/schemas';
import { defineContract, PAGES_ONLY } from '../contract';

/** Popup or options → background: edit a repair (status, commitments kept, notes…). */
export const updateRepair = defineContract(
  'updateRepair',
  PAGES_ONLY,
  z.object({ id: repairSchema.shape.id, changes: repairChangesSchema }),
  z.object({ repair: repairSchema }),
);
