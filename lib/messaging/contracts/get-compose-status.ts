import { z } from 'zod/mini';
import { defineContract } from '../contract';

/** Content script → background: may the nudge run on this host, and may it keep message text? Answered from settings. */
export const getComposeStatus = defineContract(
  'getComposeStatus',
  z.object({ host: z.string().check(z.maxLength(253)) }),
  z.object({ enabled: z.boolean(), storeExcerpts: z.boolean(), version: z.string() }),
);
