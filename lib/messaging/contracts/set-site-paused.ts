import { z } from 'zod/mini';
import { defineContract } from '../contract';

/** Content script → background: pause (or, from the nudge's Undo, resume) Amends on the sender's own site. */
export const setSitePaused = defineContract(
  'setSitePaused',
  ['content-script'],
  z.object({ paused: z.boolean() }),
  z.object({ host: z.string(), paused: z.boolean() }),
);
