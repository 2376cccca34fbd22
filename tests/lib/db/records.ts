import { AmendsDb } from '../../../lib/db/amends-db';
import type { FollowUp, Repair } from '../../../lib/repairs/schemas';

export const DAY = 24 * 60 * 60 * 1000;
export const T0 = Date.UTC(2026, 0, 10, 12, 0);

let counter = 0;
export const nextId = (prefix = 'id') => `${prefix}-${++counter}`;

export function makeRepair(overrides: Partial<Repair> = {}): Repair {
  return {
    id: nextId('repair'),
    createdAt: T0,
    updatedAt: T0,
    person: 'Sam',
    relationship: 'friend',
    whatHappened: 'I snapped at Sam in the meeting',
    theirPerspective: 'They felt humiliated in front of the team',
    admission: 'I was out of line',
    repairPlan: 'Apologise in person and stop interrupting',
    commitments: [],
    channel: 'in-person',
    status: 'planned',
    source: 'manual',
    componentsPresent: ['regret'],
    componentsMissing: ['repair'],
    notes: '',
    ...overrides,
  };
}

export function makeFollowUp(repairId: string, overrides: Partial<FollowUp> = {}): FollowUp {
  return { id: nextId('follow-up'), repairId, kind: 'check-in', dueAt: T0 + DAY, note: '', ...overrides };
}

/** A fresh database per test, so tests never see each other's data. */
export function freshDb(): AmendsDb {
  return new AmendsDb(nextId('test-db'));
}
