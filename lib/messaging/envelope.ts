import { z } from 'zod/mini';
import type { Contracts, MessageType } from './contracts';

/** What travels through runtime.sendMessage. */
export const envelopeSchema = z.object({
  type: z.string().check(z.maxLength(64)),
  payload: z.unknown(),
});

export type Request<T extends MessageType> = z.input<Contracts[T]['request']>;
export type Response<T extends MessageType> = z.output<Contracts[T]['response']>;

/** Errors cross contexts as values, never as thrown exceptions. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export const replySchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
