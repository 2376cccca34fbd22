import type { z } from 'zod/mini';
import { describeIssue } from './describe-issue';

/** A short, specific message such as "payload.host: too long (at most 253 characters)". */
export function describeZodError(error: z.core.$ZodError, input: unknown, prefix = ''): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
      const text = describeIssue(issue, input);
      return path ? `${path}: ${text}` : text;
    })
    .join('; ');
}
