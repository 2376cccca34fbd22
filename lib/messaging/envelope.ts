import { z } from 'zod/mini';
import type { Contracts, MessageType } from './contracts';

/** What travels through runtime.sendMessage. */
export const envelopeSchema = z.object({
  type: z.string().check(z.maxLength(64)),
  payload: z.unknown(),
});

/** What a handler receives: the request after validation and defaults. */
export type ParsedRequest<T extends MessageType> = z.output<Contracts[T]['request']>;
/** What a handler may return: the router validates it before it leaves the background. */
export type HandlerResult<T extends MessageType> = z.input<Contracts[T]['response']>;

/** Errors cross contexts as values, never as thrown exceptions. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
