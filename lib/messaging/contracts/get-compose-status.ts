import { z } from 'zod/mini';
import { defineContract } from '../contract';

/** Content script → background: may the nudge run on this host? Answered from settings. */
export const getComposeStatus = defineContract(
  'getComposeStatus',
  z.object({ host: z.string().check(z.maxLength(253)) }),
  z.object({ enabled: z.boolean(), version: z.string() }),
);
