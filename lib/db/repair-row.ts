import type { Repair } from '../repairs/schemas';

/**
 * What Insights counts, kept beside each repair so the figures come from index counts rather than from reading every
 * repair. A real repair carries `real` (and the rest); a practice repair only `practice`, so practice stays out of
 * every figure without a filter. Missing values are left out, and IndexedDB leaves a record out of an index whose key
 * it lacks.
 */
export interface RepairFacts {
  /** Real repairs: when logged (counts, repairs per month). */
  real?: number;
  channel?: Repair['channel'];
  /** Milliseconds from the incident to the apology, when both are known and in that order. */
  toApology?: number;
  /** Milliseconds from the apology to "resolved", when both are known and in that order. */
  toResolved?: number;
  /** One [state, position] per promise (multi-entry index: one index entry each). */
  promises?: [Repair['commitments'][number]['kept'], number][];
  /** Practice repairs: when logged (to find their follow-ups, which Insights leaves out too). */
  practice?: number;
}

/** What the repairs table stores: the repair plus its derived facts. */
export type RepairRow = Repair & { facts: RepairFacts };

const between = (from: number | undefined, to: number | undefined) => (from !== undefined && to !== undefined && to >= from ? to - from : undefined);

export function repairFacts(repair: Repair): RepairFacts {
  if (repair.practice) return { practice: repair.createdAt };
  const toApology = between(repair.incidentAt, repair.apologisedAt);
  const toResolved = between(repair.apologisedAt, repair.resolvedAt);
  return {
    real: repair.createdAt,
    channel: repair.channel,
    ...(toApology === undefined ? {} : { toApology }),
    ...(toResolved === undefined ? {} : { toResolved }),
    promises: repair.commitments.map((commitment, index) => [commitment.kept, index]),
  };
}

/** Every write to repairs goes through here, so the facts can't drift from the repair. */
export function toRepairRow(repair: Repair): RepairRow {
  return { ...fromRepairRow(repair), facts: repairFacts(repair) };
}

/** Reads hand back the plain repair (amends-db.ts strips the facts on every read). */
export function fromRepairRow(row: Repair & { facts?: RepairFacts }): Repair {
  const { facts: _derived, ...repair } = row;
  return repair;
}
