import { z } from 'zod/mini';
import { defineContract, PAGES_ONLY } from '../contract';

/** Options → background: merge an export file, all or nothing. Extension pages only. */
export const importData = defineContract(
  'importData',
  PAGES_ONLY,
  z.object({ text: z.string().check(z.maxLength(50 * 1024 * 1024)) }),
  z.object({ repairs: z.number(), followUps: z.number() }),
);
