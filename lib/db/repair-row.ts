import { personKey } from '../repairs/person-key';
import { searchHaystack, type FilterEntry } from '../repairs/repair-filter';
import type { Repair } from '../repairs/schemas';

/**
 * What the timeline's search reads and what Insights counts, kept beside each repair in indexes, so both come from
 * index keys and counts rather than from reading every repair.
 * - `filter`, on every repair: its filter entry as one key, newest first in [createdAt, id] order.
 * - Insights: a real repair carries `real` (and the rest); a practice repair only `practice`, so practice stays out
 *   of every figure without a filter. Missing values are left out: IndexedDB leaves a record out of an index whose key
 *   it lacks.
 */
export interface RepairFacts {
  filter: FilterKey;
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

/** A filter entry as an index key: [createdAt, id, personKey, status, channel, haystack]. */
export type FilterKey = [number, string, string, FilterEntry['status'], FilterEntry['channel'], string];

export function filterKey(repair: Repair): FilterKey {
  return [repair.createdAt, repair.id, repair.personKey ?? personKey(repair.person), repair.status, repair.channel, searchHaystack(repair)];
}

export function entryOfFilterKey([createdAt, id, key, status, channel, haystack]: FilterKey): FilterEntry {
  return { id, createdAt, personKey: key, status, channel, haystack };
}

/** What the repairs table stores: the repair plus its derived facts. */
export type RepairRow = Repair & { facts: RepairFacts };

const between = (from: number | undefined, to: number | undefined) => (from !== undefined && to !== undefined && to >= from ? to - from : undefined);

export function repairFacts(repair: Repair): RepairFacts {
  const filter = filterKey(repair);
  if (repair.practice) return { filter, practice: repair.createdAt };
  const toApology = between(repair.incidentAt, repair.apologisedAt);
  const toResolved = between(repair.apologisedAt, repair.resolvedAt);
  return {
    filter,
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
