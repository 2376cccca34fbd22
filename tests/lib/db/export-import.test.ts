import fc from 'fast-check';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AmendsDb } from '../../../lib/db/amends-db';
import { exportData, exportJson } from '../../../lib/db/export-data';
import { importData } from '../../../lib/db/import-data';
import { addRepair, deleteAllData } from '../../../lib/db/repair-writes';
import { CSV_COLUMNS, repairsToCsv } from '../../../lib/db/repairs-csv';
import { dataSetArbitrary } from './arbitraries';
import { freshDb, makeFollowUp, makeRepair, T0 } from './records';

let db: AmendsDb;

beforeEach(() => {
  db = freshDb();
});

afterEach(async () => {
  await db.delete();
});

const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));

async function snapshot(target: AmendsDb) {
  return { repairs: byId(await target.repairs.toArray()), followUps: byId(await target.followUps.toArray()) };
}

const repair = makeRepair({ id: 'r1' });
const followUp = makeFollowUp('r1', { id: 'f1' });
const file = (changes: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'amends-export', version: 1, exportedAt: T0, repairs: [repair], followUps: [followUp], ...changes });

describe('import refuses a bad file with a specific error and leaves the database as it was', () => {
  const existing = makeRepair({ id: 'existing', person: 'Robin' });

  beforeEach(async () => {
    await addRepair(db, existing, [makeFollowUp('existing', { id: 'existing-f' })]);
  });

  test.each([
    ['not JSON', '{"format": "amends-export",', 'Wrong format: the file is not JSON'],
    ['a JSON list', '[1, 2, 3]', 'Wrong format: this is not an Amends export'],
    ['another app’s export', JSON.stringify({ format: 'other-app', version: 1 }), 'Wrong format: this is not an Amends export'],
    ['a newer version', file({ version: 2 }), 'Unsupported version 2: this Amends reads version 1'],
    ['no version', file({ version: undefined }), 'Wrong format: the file has no version'],
    ['repairs missing', file({ repairs: undefined }), 'Wrong format: "repairs" must be a list'],
    [
      'a repair with an unknown status',
      file({ repairs: [repair, { ...repair, id: 'r2', status: 'forgotten' }] }),
      'Invalid record 2 (repairs[1]): field status: expected one of "planned", "apologised", "repairing", "resolved", "door-open", got "forgotten"',
    ],
    [
      'a follow-up with a text date',
      file({ followUps: [followUp, makeFollowUp('r1'), { ...followUp, id: 'f3', dueAt: '2026-01-01' }] }),
      'Invalid record 3 (followUps[2]): field dueAt: expected number, got string',
    ],
    [
      'a repair without a person',
      file({ repairs: [{ ...repair, person: '   ' }] }),
      'Invalid record 1 (repairs[0]): field person: too short (at least 1 characters)',
    ],
    ['a duplicate id', file({ repairs: [repair, repair] }), 'Invalid record 2 (repairs[1]): duplicate id "r1"'],
    [
      'a follow-up of a repair that exists nowhere',
      file({ followUps: [followUp, { ...followUp, id: 'f2', repairId: 'ghost' }] }),
      'Invalid record 2 (followUps[1]): field repairId: no repair with id "ghost"',
    ],
    [
      'a date that is not a whole number of milliseconds',
      file({ followUps: [{ ...followUp, dueAt: 1.5 }] }),
      'Invalid record 1 (followUps[0]): field dueAt: expected int, got a fraction',
    ],
    [
      'a commitment with a bad state, deep in a record',
      file({ repairs: [{ ...repair, commitments: [{ id: 'c', text: 'call', kept: 'maybe' }] }] }),
      'Invalid record 1 (repairs[0]): field commitments.0.kept: expected one of "yes", "no", "not-yet", got "maybe"',
    ],
  ])('%s', async (_kind, text, error) => {
    const before = await snapshot(db);
    await expect(importData(db, text)).rejects.toThrow(error);
    expect(await snapshot(db)).toEqual(before);
  });

  test('a follow-up may belong to a repair that is already in the database', async () => {
    const result = await importData(db, file({ repairs: [], followUps: [makeFollowUp('existing', { id: 'f9' })] }));
    expect(result).toEqual({ repairs: 0, followUps: 1 });
  });
});

test('an export file merges into the database: same id, the file wins; other records stay', async () => {
  const kept = makeRepair({ id: 'kept' });
  await addRepair(db, kept, []);
  await addRepair(db, { ...repair, person: 'Old name' }, []);
  await importData(db, file());
  expect((await db.repairs.get('r1'))?.person).toBe(repair.person);
  expect(await db.repairs.get('kept')).toEqual(kept);
});

test('export → import round-trips every data set exactly', async () => {
  await fc.assert(
    fc.asyncProperty(dataSetArbitrary, async ({ repairs, followUps }) => {
      await deleteAllData(db);
      await db.transaction('rw', db.repairs, db.followUps, async () => {
        for (const r of repairs) await addRepair(db, r, followUps.filter((f) => f.repairId === r.id));
      });
      const exported = await exportJson(db, T0);
      const before = await snapshot(db);

      const target = freshDb();
      try {
        await importData(target, exported);
        expect(await snapshot(target)).toEqual(before);
        expect(await exportData(target, T0)).toEqual(JSON.parse(exported));
      } finally {
        await target.delete();
      }
    }),
    { numRuns: 40 },
  );
});

test('CSV has one row per repair, keeps commas and quotes intact, and defuses formulas', async () => {
  const tricky = makeRepair({
    person: 'Lee, "Jr"',
    whatHappened: '=HYPERLINK("http://evil")',
    commitments: [{ id: 'c1', text: 'Call every Sunday', kept: 'yes', settledAt: T0 }],
  });
  const csv = repairsToCsv([tricky, makeRepair()]);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
  expect(parsed.meta.fields).toEqual(CSV_COLUMNS);
  expect(parsed.data).toHaveLength(2);
  expect(parsed.data[0]).toMatchObject({
    person: 'Lee, "Jr"',
    whatHappened: `'=HYPERLINK("http://evil")`,
    commitments: 'Call every Sunday [yes]',
    promisesKept: '1',
    created: new Date(T0).toISOString(),
  });
});
