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

/** The background registers every contract in contracts/index.ts; senders use only their types. */
export function defineContract<Type extends string, Req extends z.ZodMiniType, Res extends z.ZodMiniType>(
  type: Type,
  request: Req,
  response: Res,
): Contract<Type, Req, Res> {
  return { type, request, response };
}
