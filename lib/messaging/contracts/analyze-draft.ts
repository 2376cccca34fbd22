import { z } from 'zod/mini';
import { COMPONENTS, DEFLECTION_KINDS } from '../../apology/types';
import { LIMITS } from '../../repairs/limits';
import { ANY_SENDER, defineContract } from '../contract';

const range = { start: z.number(), end: z.number() };
const component = z.enum(COMPONENTS);

/**
 * Content script or practice page → background: the full analysis of a draft. The content script runs only a small
 * gate (lib/apology/gate.ts) and leaves the rest where its size costs nothing.
 */
export const analyzeDraft = defineContract(
  'analyzeDraft',
  ANY_SENDER,
  z.object({ text: z.string().check(z.maxLength(LIMITS.draft)) }),
  z.object({
    isApology: z.boolean(),
    weight: z.enum(['none', 'light', 'serious']),
    components: z.array(component),
    missing: z.array(component),
    deflections: z.array(
      z.object({
        kind: z.enum(DEFLECTION_KINDS),
        ...range,
      }),
    ),
    spans: z.array(z.object({ ...range, kind: z.union([z.literal('apology'), component]) })),
    addressee: z.optional(z.string()),
    ownText: z.object(range),
    suggestions: z.array(z.object({ component })),
  }),
);
