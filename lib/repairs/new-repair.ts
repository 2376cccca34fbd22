import { personKey } from './person-key';
import type { ParsedRepairDraft, Repair, RepairChanges, RepairStatus } from './schemas';

export interface Clock {
  now: number;
  newId: () => string;
}

/** Statuses that mean the apology has been made. */
const APOLOGISED: ReadonlySet<RepairStatus> = new Set(['apologised', 'repairing', 'resolved']);

/** A complete repair from a draft. The message excerpt is kept only when the user opted in. */
export function createRepair(draft: ParsedRepairDraft, { now, newId }: Clock, storeExcerpts: boolean): Repair {
  const { commitments, excerpt, ...rest } = draft;
  return withoutUndefined({
    ...rest,
    id: newId(),
    personKey: personKey(draft.person),
    createdAt: now,
    updatedAt: now,
    commitments: commitments.map(({ text }) => ({ id: newId(), text, kept: 'not-yet' as const })),
    excerpt: storeExcerpts ? excerpt : undefined,
    apologisedAt: APOLOGISED.has(draft.status) ? now : undefined,
    resolvedAt: draft.status === 'resolved' ? now : undefined,
  });
}

/** Applies the user's edits; records when the apology was made and when a promise was settled. */
export function applyRepairChanges(repair: Repair, changes: RepairChanges, now: number): Repair {
  const next: Repair = { ...repair, ...withoutUndefined(changes), updatedAt: now };
  next.personKey = personKey(next.person);
  if (next.apologisedAt === undefined && APOLOGISED.has(next.status)) next.apologisedAt = now;
  if (next.status !== 'resolved') delete next.resolvedAt;
  else if (next.resolvedAt === undefined) next.resolvedAt = now;
  const before = new Map(repair.commitments.map((c) => [c.id, c]));
  next.commitments = next.commitments.map((commitment) => {
    const previous = before.get(commitment.id);
    if (commitment.kept === 'not-yet') return withoutUndefined({ ...commitment, settledAt: undefined });
    if (previous?.kept === commitment.kept && previous.settledAt !== undefined) {
      return { ...commitment, settledAt: previous.settledAt };
    }
    return { ...commitment, settledAt: commitment.settledAt ?? now };
  });
  return next;
}

/** Drops undefined keys so a stored record equals its JSON export. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
