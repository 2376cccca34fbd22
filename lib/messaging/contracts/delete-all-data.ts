import { z } from 'zod/mini';
import { defineContract } from '../contract';

/** Options → background: erase every repair and follow-up. The literal makes an accidental call impossible. */
export const deleteAllData = defineContract(
  'deleteAllData',
  z.object({ confirm: z.literal('delete everything') }),
  z.object({ deleted: z.literal(true) }),
);
