import type { z } from 'zod/mini';

/** A short, specific message: "payload.host: Too big: expected string to have <=253 characters". */
export function describeZodError(error: z.core.$ZodError, prefix = ''): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
