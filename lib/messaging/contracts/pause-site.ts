import { z } from 'zod/mini';
import { defineContract } from '../contract';

/** Content script → background: stop nudging on this host until the user resumes it in the options page. */
export const pauseSite = defineContract(
  'pauseSite',
  z.object({ host: z.string().check(z.minLength(1), z.maxLength(253)) }),
  z.object({ paused: z.literal(true) }),
);
