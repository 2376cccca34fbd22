import { z } from 'zod/mini';
import { LIMITS } from '../../repairs/limits';
import { defineContract, PAGES_ONLY } from '../contract';

/** Options → background: merge an export file (repairs, follow-ups, settings), all or nothing. Extension pages only. */
export const importData = defineContract(
  'importData',
  PAGES_ONLY,
  z.object({ text: z.string().check(z.maxLength(LIMITS.importBytes)) }),
  z.object({ repairs: z.number(), followUps: z.number(), keptNewer: z.number(), settings: z.boolean() }),
);
