import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import type { Contracts, MessageType } from './contracts';
import type { Reply } from './envelope';

export class MessageError extends Error {
  override name = 'MessageError';
}

/**
 * Typed client: the background's router validates every request and every reply
 * against the contract with zod, so senders carry only types. That keeps zod out
 * of the content script, which ships in every tab.
 */
export async function sendToBackground<T extends MessageType>(
  type: T,
  payload: z.input<Contracts[T]['request']>,
): Promise<z.output<Contracts[T]['response']>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, payload });
  if (!isReply(reply)) throw new MessageError(`No answer to ${type}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value as z.output<Contracts[T]['response']>;
}

function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'value' in value : value.ok === false && 'error' in value && typeof value.error === 'string';
}
