import fc from 'fast-check';
import {
  apologyComponents,
  channels,
  followUpKinds,
  outcomes,
  promiseStates,
  relationships,
  repairSources,
  repairStatuses,
  weights,
  type FollowUp,
  type Repair,
} from '../../../lib/repairs/schemas';

const timestamp = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) });
const id = fc.uuid();
const text = (maxLength = 200) => fc.string({ maxLength, unit: 'grapheme' });
const components = fc.subarray([...apologyComponents]);

/** Any record the schema accepts, with optional fields present or absent. */
export const repairArbitrary: fc.Arbitrary<Repair> = fc.record(
  {
    id,
    createdAt: timestamp,
    updatedAt: timestamp,
    person: fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).map((s) => s.trim()).filter((s) => s.length > 0),
    relationship: fc.constantFrom(...relationships),
    incidentAt: timestamp,
    whatHappened: text(),
    theirPerspective: text(),
    admission: text(),
    repairPlan: text(),
    commitments: fc.uniqueArray(
      fc.record(
        { id, text: fc.string({ minLength: 1, maxLength: 80 }), kept: fc.constantFrom(...promiseStates), settledAt: timestamp },
        { requiredKeys: ['id', 'text', 'kept'] },
      ),
      { maxLength: 3, selector: (c) => c.id },
    ),
    channel: fc.constantFrom(...channels),
    plannedTalkAt: timestamp,
    status: fc.constantFrom(...repairStatuses),
    apologisedAt: timestamp,
    source: fc.constantFrom(...repairSources),
    siteHost: fc.domain(),
    weight: fc.constantFrom(...weights),
    componentsPresent: components,
    componentsMissing: components,
    excerpt: text(),
    notes: text(),
  },
  {
    requiredKeys: [
      'id', 'createdAt', 'updatedAt', 'person', 'relationship', 'whatHappened', 'theirPerspective', 'admission',
      'repairPlan', 'commitments', 'channel', 'status', 'source', 'componentsPresent', 'componentsMissing', 'notes',
    ],
  },
);

export function followUpArbitrary(repairIds: readonly string[]): fc.Arbitrary<FollowUp> {
  return fc.record(
    {
      id,
      repairId: fc.constantFrom(...repairIds),
      kind: fc.constantFrom(...followUpKinds),
      commitmentId: id,
      dueAt: timestamp,
      doneAt: timestamp,
      snoozedUntil: timestamp,
      outcome: fc.constantFrom(...outcomes),
      note: text(),
    },
    { requiredKeys: ['id', 'repairId', 'kind', 'dueAt', 'note'] },
  );
}

/** A follow-up that checks on a promise names one its repair has (import refuses any other). */
function withRealPromise(followUp: FollowUp, repairs: readonly Repair[]): FollowUp {
  if (followUp.commitmentId === undefined) return followUp;
  const promise = repairs.find((r) => r.id === followUp.repairId)?.commitments[0];
  const { commitmentId: _generated, ...rest } = followUp;
  return promise ? { ...rest, commitmentId: promise.id } : rest;
}

/** A whole data set: unique ids, every follow-up pointing at one of its repairs (and at one of its promises). */
export const dataSetArbitrary = fc
  .uniqueArray(repairArbitrary, { selector: (r) => r.id, minLength: 1, maxLength: 8 })
  .chain((repairs) =>
    fc
      .uniqueArray(followUpArbitrary(repairs.map((r) => r.id)), { selector: (f) => f.id, maxLength: 12 })
      .map((followUps) => ({ repairs, followUps: followUps.map((f) => withRealPromise(f, repairs)) })),
  );
