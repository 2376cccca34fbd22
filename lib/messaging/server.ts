import { contracts, type MessageType } from './contracts';
import { describeZodError } from '../validation/describe-zod-error';
import { envelopeSchema, type HandlerResult, type ParsedRequest, type Reply } from './envelope';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export type Handler<T extends MessageType> = (
  payload: ParsedRequest<T>,
  sender: Sender,
) => HandlerResult<T> | Promise<HandlerResult<T>>;

export type Handlers = { [T in MessageType]: Handler<T> };

/**
 * Builds a runtime.onMessage listener: ignores other extensions and pages,
 * validates every request and reply, and turns every failure into a value.
 */
export function createMessageRouter(handlers: Handlers, extensionId: string) {
  return (message: unknown, sender: Sender): Promise<Reply<unknown>> | undefined => {
    // Returning undefined leaves foreign messages unanswered, as if we never saw them.
    if (sender.id !== extensionId) return undefined;
    return route(handlers, message, sender);
  };
}

async function route(handlers: Handlers, message: unknown, sender: Sender): Promise<Reply<unknown>> {
  const envelope = envelopeSchema.safeParse(message);
  if (!envelope.success) return { ok: false, error: `Bad message: ${describeZodError(envelope.error, message)}` };
  const type = envelope.data.type;
  if (!Object.hasOwn(contracts, type)) return { ok: false, error: `Unknown message type "${type}"` };
  const contract = contracts[type as MessageType];
  const payload = contract.request.safeParse(envelope.data.payload);
  if (!payload.success) {
    return { ok: false, error: `Invalid ${type}: ${describeZodError(payload.error, envelope.data.payload, 'payload')}` };
  }
  try {
    const handler = handlers[type as MessageType] as Handler<MessageType>;
    const value = await handler(payload.data as ParsedRequest<MessageType>, sender);
    const checked = contract.response.safeParse(value);
    if (!checked.success) {
      return { ok: false, error: `Bad ${type} reply: ${describeZodError(checked.error, value)}` };
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
