import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import type { Contract } from './contract';
import { describeZodError } from './describe-zod-error';
import { replySchema } from './envelope';

export class MessageError extends Error {
  override name = 'MessageError';
}

/** Sends a validated request to the background and returns its validated answer, or throws MessageError. */
export async function sendToBackground<C extends Contract>(
  contract: C,
  payload: z.input<C['request']>,
): Promise<z.output<C['response']>> {
  const request = contract.request.safeParse(payload);
  if (!request.success) throw new MessageError(`Invalid ${contract.type}: ${describeZodError(request.error, payload, 'payload')}`);
  const raw: unknown = await browser.runtime.sendMessage({ type: contract.type, payload: request.data });
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new MessageError(`No valid reply to ${contract.type}`);
  if (!reply.data.ok) throw new MessageError(reply.data.error);
  const value = contract.response.safeParse(reply.data.value);
  if (!value.success) throw new MessageError(`Bad ${contract.type} reply: ${describeZodError(value.error, reply.data.value)}`);
  return value.data as z.output<C['response']>;
}
