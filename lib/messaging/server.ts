import { contracts, type MessageType } from './contracts';
import { describeZodError } from '../validation/describe-zod-error';
import { envelopeSchema, type HandlerResult, type ParsedRequest, type Reply } from './envelope';
import { identifySender, SENDER_NAMES, type RawSender, type TrustedSender } from './sender';

export type { RawSender, TrustedSender } from './sender';

export type Handler<T extends MessageType> = (
  payload: ParsedRequest<T>,
  sender: TrustedSender,
) => HandlerResult<T> | Promise<HandlerResult<T>>;

export type Handlers = { [T in MessageType]: Handler<T> };

export interface RouterIdentity {
  extensionId: string;
  /** The extension's own origin with a trailing slash, e.g. `chrome-extension://ID/`. */
  extensionOrigin: string;
}

/**
 * Builds a runtime.onMessage listener: ignores other extensions and unidentified senders, refuses a message from a kind
 * of sender its contract does not name, validates every request and reply, and turns every failure into a value.
 */
export function createMessageRouter(handlers: Handlers, { extensionId, extensionOrigin }: RouterIdentity) {
  return (message: unknown, sender: RawSender): Promise<Reply<unknown>> | undefined => {
    const from = identifySender(sender, extensionId, extensionOrigin);
    // Returning undefined leaves foreign messages unanswered, as if we never saw them.
    if (!from) return undefined;
    return route(handlers, message, from);
  };
}

async function route(handlers: Handlers, message: unknown, from: TrustedSender): Promise<Reply<unknown>> {
  const envelope = envelopeSchema.safeParse(message);
  if (!envelope.success) return { ok: false, error: `Bad message: ${describeZodError(envelope.error, message)}` };
  const type = envelope.data.type;
  if (!Object.hasOwn(contracts, type)) return { ok: false, error: `Unknown message type "${type}"` };
  const contract = contracts[type as MessageType];
  if (!contract.from.includes(from.kind)) {
    return { ok: false, error: `${type} cannot be sent from ${SENDER_NAMES[from.kind]}` };
  }
  const payload = contract.request.safeParse(envelope.data.payload);
  if (!payload.success) {
    return { ok: false, error: `Invalid ${type}: ${describeZodError(payload.error, envelope.data.payload, 'payload')}` };
  }
  try {
    const handler = handlers[type as MessageType] as Handler<MessageType>;
    const value = await handler(payload.data as ParsedRequest<MessageType>, from);
    const checked = contract.response.safeParse(value);
    if (!checked.success) {
      return { ok: false, error: `Bad ${type} reply: ${describeZodError(checked.error, value)}` };
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
