import type { Transaction } from 'dexie';
import { personKey } from '../repairs/person-key';
import type { Repair } from '../repairs/schemas';
import { toFollowUpRow, type FollowUpRow } from './follow-up-row';
import { repairFacts, type RepairRow } from './repair-row';

/**
 * Every IndexedDB schema Amends has shipped, oldest first. Never edit a released entry: add a new
 * one (with an upgrade function when data must change) and a fixture to the migration test.
 *
 * repairs:   [createdAt+id] pages the timeline newest-first with a stable cursor; person and
 *            [status+createdAt] serve the per-person and per-status views.
 * followUps: pendingAt (open follow-ups only, see follow-up-row.ts) serves "due" and the next
 *            alarm; repairId gathers a repair's follow-ups.
 * v2:        repairs.personKey (one person however the name was typed) serves the person page;
 *            settings (one row, written only by the background) and drafts (the popup's checklist in progress) live
 *            here rather than in storage.local, which Firefox lets content scripts read.
 * v3:        Insights from index counts instead of reading every record: repairs carry `facts` (repair-row.ts: real
 *            or practice, channel, days to apology and to resolved, each promise's state) and done follow-ups
 *            `lateBy` (follow-up-row.ts), each indexed.
 */
export const schemaVersions = [
  {
    version: 1,
    stores: {
      repairs: 'id, [createdAt+id], person, [status+createdAt]',
      followUps: 'id, repairId, pendingAt',
    },
  },
  {
    version: 2,
    stores: {
      repairs: 'id, [createdAt+id], person, [status+createdAt], personKey',
      followUps: 'id, repairId, pendingAt',
      settings: 'id',
      drafts: 'id',
    },
    upgrade: (tx) =>
      tx
        .table('repairs')
        .toCollection()
        .modify((repair: { person: string; personKey?: string }) => {
          repair.personKey = personKey(repair.person);
        })
        .then(() => undefined),
  },
  {
    version: 3,
    stores: {
      repairs: 'id, [createdAt+id], person, [status+createdAt], personKey, facts.real, facts.channel, facts.toApology, facts.toResolved, *facts.promises, facts.practice',
      followUps: 'id, repairId, pendingAt, lateBy',
      settings: 'id',
      drafts: 'id',
    },
    upgrade: async (tx) => {
      await tx
        .table('repairs')
        .toCollection()
        .modify((repair: RepairRow) => {
          repair.facts = repairFacts(repair as Repair);
        });
      await tx
        .table('followUps')
        .toCollection()
        .modify((row: FollowUpRow, ref: { value: FollowUpRow }) => {
          ref.value = toFollowUpRow(row);
        });
    },
  },
] as const satisfies readonly SchemaVersion[];

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  /** Rewrites records when a version changes their shape; runs once, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const DB_NAME = 'amends';
