import type { z } from 'zod/mini';

/** One message the background answers: its name, what it takes and what it returns. */
export interface Contract<
  Type extends string = string,
  Req extends z.ZodMiniType = z.ZodMiniType,
  Res extends z.ZodMiniType = z.ZodMiniType,
> {
  type: Type;
  request: Req;
  response: Res;
}

/**
 * Senders import only the contracts they use (keeps the content script small);
 * the background imports them all through contracts/index.ts.
 */
export function defineContract<Type extends string, Req extends z.ZodMiniType, Res extends z.ZodMiniType>(
  type: Type,
  request: Req,
  response: Res,
): Contract<Type, Req, Res> {
  return { type, request, response };
}
