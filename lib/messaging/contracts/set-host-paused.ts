import { z } from 'zod/mini';
import { LIMITS } from '../../repairs/limits';
import { defineContract, PAGES_ONLY } from '../contract';

/** Popup or options → background: pause or resume Amends on a host the user chose (the current tab's, or one listed). */
export const setHostPaused = defineContract(
  'setHostPaused',
  PAGES_ONLY,
  z.object({ host: z.string().check(z.minLength(1), z.maxLength(LIMITS.host)), paused: z.boolean() }),
  z.object({ host: z.string(), paused: z.boolean() }),
);
