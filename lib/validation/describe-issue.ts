import type { z } from 'zod/mini';

/**
 * zod/mini ships without message locales (bundle size), so its default text is a bare
 * "Invalid input". Import errors must say what was wrong; this spells out the common cases.
 */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  // zod leaves the offending value out of issues unless asked; find it by its path instead.
  const input = issue.path.reduce<unknown>((value, key) => (isIndexable(value) ? value[key as string] : undefined), root);
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, got ${typeOf(input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(input)}`;
    case 'too_small':
      return issue.origin === 'string' ? `too short (at least ${issue.minimum} characters)` : `too small (at least ${issue.minimum})`;
    case 'too_big':
      return issue.origin === 'string' ? `too long (at most ${issue.maximum} characters)` : `too big (at most ${issue.maximum})`;
    case 'invalid_format':
      return `not a valid ${issue.format}`;
    case 'not_multiple_of':
      return `not a multiple of ${issue.divisor}`;
    default:
      return issue.message;
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isInteger(value)) return 'a fraction';
  return typeof value;
}

function isIndexable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
