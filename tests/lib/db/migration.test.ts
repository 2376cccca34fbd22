import { afterEach, expect, test } from 'vitest';
import { AmendsDb } from '../../../lib/db/amends-db';
import { countDueFollowUps } from '../../../lib/db/due-follow-ups';
import { followUpSchema, repairSchema } from '../../../lib/repairs/schemas';
import { schemaVersions, type SchemaVersion } from '../../../lib/db/schema-versions';
import { v1Rows } from './fixtures/v1';
import { v2Rows } from './fixtures/v2';
import { v3Rows } from './fixtures/v3';
import { readStatistics } from '../../../lib/db/insights-query';
import { fromRepairRow } from '../../../lib/db/repair-row';
import { computeStatistics } from '../../../lib/repairs/statistics';
import type { Repair } from '../../../lib/repairs/schemas';
import { nextId } from './records';

/** Data as each released schema version stored it. A new version must add its fixture here. */
const fixtures: Record<number, { repairs: object[]; followUps: object[] }> = { 1: v1Rows, 2: v2Rows, 3: v3Rows };
/** What every version's rows look like once upgraded to the current schema. */
const current = v3Rows;
/** Repairs as reads hand them back: without the derived facts. */
const currentRepairs = current.repairs.map((row) => fromRepairRow(row as never));

const opened: AmendsDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Creates a database the way an older release did, fills it with that release's data and closes it. */
async function createAt(name: string, versions: readonly SchemaVersion[], rows: { repairs: object[]; followUps: object[] }): Promise<void> {
  const old = new AmendsDb(name, versions);
  await old.open();
  await old.table('repairs').bulkAdd(rows.repairs);
  await old.table('followUps').bulkAdd(rows.followUps);
  old.close();
}

const sortById = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

test('versions are declared in ascending order, each once', () => {
  const numbers = schemaVersions.map((v) => v.version);
  expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
  expect(Object.keys(fixtures).map(Number)).toEqual(numbers);
});

test.each(schemaVersions.map((v) => v.version))(
  'a database created by schema version %i opens with the current schema and keeps every record',
  async (version) => {
    const name = nextId('migrate');
    const rows = fixtures[version]!;
    await createAt(name, schemaVersions.filter((v) => v.version <= version), rows);

    const db = new AmendsDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(schemaVersions.at(-1)!.version);
    expect(sortById(await db.repairs.toArray())).toEqual(sortById(currentRepairs));
    expect(sortById(await db.followUps.toArray())).toEqual(sortById(current.followUps as { id: string }[]));
    // The stored rows (past the read hook that strips the facts) carry what Insights counts.
    expect(sortById(await db.repairs.toCollection().raw().toArray())).toEqual(sortById(current.repairs as never));
    expect(await db.repairs.orderBy('facts.real').count()).toBe(2);
    expect(await db.repairs.where('facts.promises').between(['yes', -Infinity], ['yes', Infinity]).count()).toBe(1);
    expect(await db.followUps.where('lateBy').equals(600000).count()).toBe(1);
    expect(await readStatistics(db, 1767872800000)).toEqual(computeStatistics(currentRepairs as Repair[], current.followUps as never, 1767872800000));
    expect(await db.repairs.where('personKey').equals('sam').count()).toBeGreaterThan(0);
    // Every survivor is still a valid record, and the current indexes serve the hot queries.
    for (const repair of await db.repairs.toArray()) expect(repairSchema.safeParse(repair).success).toBe(true);
    for (const followUp of await db.followUps.toArray()) expect(followUpSchema.safeParse(followUp).success).toBe(true);
    expect(await countDueFollowUps(db, 1767872800000)).toBe(2);
    expect(await db.repairs.where('person').equals('Alex').count()).toBe(1);
  },
);

test('an upgrade with a new index and a data rewrite runs once and loses nothing (the path the next version takes)', async () => {
  const name = nextId('migrate-next');
  await createAt(name, schemaVersions, current);
  const latest = schemaVersions.at(-1)!;
  const next: SchemaVersion = {
    version: latest.version + 1,
    stores: { ...latest.stores, repairs: `${latest.stores.repairs}, channel` },
    upgrade: (tx) =>
      tx
        .table('repairs')
        .toCollection()
        .modify((repair: { notes: string }) => {
          repair.notes = repair.notes.trim();
        })
        .then(() => undefined),
  };

  const db = new AmendsDb(name, [...schemaVersions, next]);
  opened.push(db);
  await db.open();
  expect(db.verno).toBe(next.version);
  expect(await db.repairs.where('channel').equals('message').primaryKeys()).toEqual(['v1-repair-b']);
  expect(sortById(await db.repairs.toArray())).toEqual(sortById(currentRepairs));
  expect(await db.followUps.count()).toBe(current.followUps.length);
});
