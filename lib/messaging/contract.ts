import type { z } from 'zod/mini';

/**
 * Who sends a message. `content-script`: a script Amends runs inside a web page (untrusted ground: the page may have
 * confused it). `extension-page`: the popup, the options page and the practice page, served from the extension itself.
 */
export type SenderKind = 'content-script' | 'extension-page';

/** One message the background answers: its name, who may send it, what it takes and what it returns. */
export interface Contract<
  Type extends string = string,
  Req extends z.ZodMiniType = z.ZodMiniType,
  Res extends z.ZodMiniType = z.ZodMiniType,
> {
  type: Type;
  /** The router refuses the message from any other kind of sender, before the handler runs. */
  from: readonly SenderKind[];
  request: Req;
  response: Res;
}

/** The background registers every contract in contracts/index.ts; senders use only their types. */
export function defineContract<Type extends string, Req extends z.ZodMiniType, Res extends z.ZodMiniType>(
  type: Type,
  from: readonly SenderKind[],
  request: Req,
  response: Res,
): Contract<Type, Req, Res> {
  return { type, from, request, response };
}

/** Either kind may send it. */
export const ANY_SENDER: readonly SenderKind[] = ['content-script', 'extension-page'];
/** Only the extension's own pages: reading the log, bulk changes, settings. */
export const PAGES_ONLY: readonly SenderKind[] = ['extension-page'];
