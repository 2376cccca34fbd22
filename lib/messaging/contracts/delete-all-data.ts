import { z } from 'zod/mini';
import { DELETE_CONFIRMATION } from '../../repairs/limits';
import { defineContract, PAGES_ONLY } from '../contract';

/** Options → background: erase every repair and follow-up. The literal makes an accidental call impossible. */
export const deleteAllData = defineContract(
  'deleteAllData',
  PAGES_ONLY,
  z.object({ confirm: z.literal(DELETE_CONFIRMATION) }),
  z.object({ deleted: z.literal(true) }),
);
