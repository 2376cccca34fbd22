import type { z } from 'zod/mini';

/** The longest piece of a bad value an error repeats: enough to recognise it, never a 5 MB alert. */
export const SHOWN_VALUE_LENGTH = 40;

export class ImportError extends Error {
  override name = 'ImportError';
}

/** A value as an error may quote it: JSON, cut to SHOWN_VALUE_LENGTH characters with "…". */
export function shortValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > SHOWN_VALUE_LENGTH ? `${text.slice(0, SHOWN_VALUE_LENGTH)}…` : text;
}

export type RecordKind = 'repairs' | 'followUps';

const recordNames: Record<RecordKind, string> = { repairs: 'Repair', followUps: 'Follow-up' };

/** "Repair 3", counted from 1 as a person reads the file. */
export const recordName = (kind: RecordKind, index: number) => `${recordNames[kind]} ${index + 1}`;

const fieldNames: Record<string, string> = {
  id: 'id',
  person: 'person',
  createdAt: 'date it was logged',
  updatedAt: 'date it was last changed',
  relationship: 'relationship',
  whatHappened: 'what happened',
  theirPerspective: 'how it affected them',
  admission: 'admission',
  repairPlan: 'repair plan',
  commitments: 'promises',
  channel: 'channel',
  status: 'status',
  notes: 'notes',
  repairId: 'repair',
  kind: 'kind',
  dueAt: 'due date',
  doneAt: 'date it was done',
  note: 'note',
  kept: 'state',
  text: 'text',
};

/** A field path in words: "status", "promise 2's state". */
export function fieldName(path: readonly PropertyKey[]): string {
  const [first, index, ...rest] = path;
  if (first === 'commitments' && typeof index === 'number') {
    const inner = rest.length ? `'s ${fieldNames[String(rest[0])] ?? String(rest[0])}` : '';
    return `promise ${index + 1}${inner}`;
  }
  return path.map((part) => fieldNames[String(part)] ?? String(part)).join(' ');
}

const typeWords: Record<string, string> = { number: 'a number', string: 'text', boolean: 'yes or no', array: 'a list', object: 'a record', int: 'a whole number' };

/** One zod issue about one record, in plain words, quoting at most a short piece of the bad value. */
export function describeRecordIssue(kind: RecordKind, index: number, issue: z.core.$ZodIssue, record: unknown): string {
  const name = recordName(kind, index);
  const value = issue.path.reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined), record);
  const field = fieldName(issue.path);
  const empty = value === undefined || (typeof value === 'string' && value.trim() === '');
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${name} has no ${field}.`;
      return `${name}: the ${field} should be ${typeWords[issue.expected] ?? issue.expected}, but the file has ${shortValue(value)}.`;
    case 'too_small':
      if (issue.origin === 'string' && empty) return `${name} has no ${field}.`;
      return `${name}: the ${field} is too small (at least ${String(issue.minimum)}).`;
    case 'invalid_value':
      return `${name}: the ${field} ${shortValue(value)} is not one Amends knows (${issue.values.map(String).join(', ')}).`;
    case 'too_big':
      return issue.origin === 'string'
        ? `${name}: the ${field} is too long (at most ${String(issue.maximum)} characters).`
        : `${name}: the ${field} is too big (at most ${String(issue.maximum)}).`;
    default:
      return `${name}: the ${field} ${shortValue(value)} is not valid.`;
  }
}
