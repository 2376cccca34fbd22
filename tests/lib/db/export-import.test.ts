import fc from 'fast-check';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AmendsDb } from '../../../lib/db/amends-db';
import { exportData, exportJson } from '../../../lib/db/export-data';
import { importData } from '../../../lib/db/import-data';
import { addRepair, deleteAllData } from '../../../lib/db/repair-writes';
import { changeSettings, readSettings } from '../../../lib/db/settings-store';
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

  const huge = 'x'.repeat(5 * 1024 * 1024);
  test.each([
    ['not JSON', '{"format": "amends-export",', 'This file is not an Amends export: it is not JSON.'],
    ['a JSON list', '[1, 2, 3]', 'This file is not an Amends export.'],
    ['another app’s export', JSON.stringify({ format: 'other-app', version: 1 }), 'This file is not an Amends export.'],
    ['a newer version', file({ version: 2 }), 'This file is version 2; this Amends reads version 1.'],
    ['a newer version written as text', file({ version: '2' }), 'This file is version "2"; this Amends reads version 1.'],
    ['no version', file({ version: undefined }), 'This file has no version, so Amends cannot tell how to read it.'],
    ['a version that is not a number', file({ version: 'one' }), 'This file has no version, so Amends cannot tell how to read it.'],
    ['repairs missing', file({ repairs: undefined }), 'This file has no list of repairs.'],
    [
      'a repair with an unknown status',
      file({ repairs: [repair, { ...repair, id: 'r2', status: 'forgotten' }] }),
      'Repair 2: the status "forgotten" is not one Amends knows (planned, apologised, repairing, resolved, door-open).',
    ],
    [
      'a follow-up with a text date',
      file({ followUps: [followUp, makeFollowUp('r1'), { ...followUp, id: 'f3', dueAt: '2026-01-01' }] }),
      'Follow-up 3: the due date should be a number, but the file has "2026-01-01".',
    ],
    ['a repair with an empty person', file({ repairs: [{ ...repair, person: '   ' }] }), 'Repair 1 has no person.'],
    ['a third repair without a person', file({ repairs: [repair, { ...repair, id: 'r2' }, { ...repair, id: 'r3', person: undefined }] }), 'Repair 3 has no person.'],
    ['a duplicate id', file({ repairs: [repair, repair] }), 'Repair 2 has the same id as repair 1 ("r1").'],
    [
      'a follow-up of a repair that exists nowhere',
      file({ followUps: [followUp, { ...followUp, id: 'f2', repairId: 'ghost' }] }),
      'Follow-up 2 belongs to a repair that is neither in the file nor here ("ghost").',
    ],
    [
      'a date that is not a whole number of milliseconds',
      file({ followUps: [{ ...followUp, dueAt: 1.5 }] }),
      'Follow-up 1: the due date should be a whole number, but the file has 1.5.',
    ],
    [
      'a commitment with a bad state, deep in a record',
      file({ repairs: [{ ...repair, commitments: [{ id: 'c', text: 'call', kept: 'maybe' }] }] }),
      'Repair 1: the promise 1\'s state "maybe" is not one Amends knows (yes, no, not-yet).',
    ],
    [
      'two promises with one id',
      file({ repairs: [{ ...repair, commitments: [{ id: 'c', text: 'call', kept: 'yes' }, { id: 'c', text: 'write', kept: 'no' }] }] }),
      'Repair 1 has two promises with the same id ("c").',
    ],
    [
      'a follow-up checking on a promise its repair lacks',
      file({ followUps: [{ ...followUp, kind: 'promise', commitmentId: 'nope' }] }),
      'Follow-up 1 checks on a promise its repair does not have ("nope").',
    ],
    [
      'a follow-up checking on a promise the repair here lacks',
      file({ repairs: [], followUps: [makeFollowUp('existing', { id: 'f8', kind: 'promise', commitmentId: 'nope' })] }),
      'Follow-up 1 checks on a promise its repair does not have ("nope").',
    ],
    [
      'a 5 MB value is quoted in 40 characters, not in full',
      file({ repairs: [{ ...repair, status: huge }] }),
      `Repair 1: the status "${'x'.repeat(39)}… is not one Amends knows (planned, apologised, repairing, resolved, door-open).`,
    ],
    ['settings Amends cannot use', file({ settings: { checkInDays: [0], nudgesEnabled: false } }), "The file's settings have values Amends cannot use: checkInDays."],
  ])('%s', async (_kind, text, error) => {
    const before = await snapshot(db);
    const settingsBefore = await readSettings(db);
    const failure = await importData(db, text).then(() => undefined, (e: unknown) => e as Error);
    expect(failure?.message).toBe(error);
    expect(failure?.message.length).toBeLessThan(300);
    expect(await snapshot(db)).toEqual(before);
    expect(await readSettings(db)).toEqual(settingsBefore);
  });

  test('a follow-up may belong to a repair that is already in the database', async () => {
    const result = await importData(db, file({ repairs: [], followUps: [makeFollowUp('existing', { id: 'f9' })] }));
    expect(result).toEqual({ repairs: 0, followUps: 1, keptNewer: 0, settings: false });
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

test('a version written as text, "1", is read as version 1', async () => {
  expect(await importData(db, file({ version: '1' }))).toMatchObject({ repairs: 1, followUps: 1 });
});

test('an older copy never overwrites a newer local record; a follow-up done here stays done', async () => {
  const newer = { ...repair, person: 'Newer here', updatedAt: T0 + 10 };
  await addRepair(db, newer, [{ ...followUp, doneAt: T0 + 5 }]);
  const other = makeRepair({ id: 'r-new' });
  const result = await importData(db, file({ repairs: [{ ...repair, updatedAt: T0 }, other], followUps: [followUp] }));
  expect(result).toEqual({ repairs: 1, followUps: 0, keptNewer: 1, settings: false });
  expect((await db.repairs.get('r1'))?.person).toBe('Newer here');
  expect((await db.followUps.get('f1'))?.doneAt).toBe(T0 + 5);
  expect(await db.repairs.get('r-new')).toEqual(other);
});

test('export includes settings and import restores them', async () => {
  await changeSettings(db, (s) => ({ ...s, nudgesEnabled: false, pausedHosts: ['x.example'], checkInDays: [2, 9] }));
  const exported = await exportJson(db, T0);
  expect(JSON.parse(exported).settings).toMatchObject({ nudgesEnabled: false, pausedHosts: ['x.example'], checkInDays: [2, 9] });
  const target = freshDb();
  try {
    expect(await importData(target, exported)).toMatchObject({ settings: true });
    expect(await readSettings(target)).toEqual(await readSettings(db));
  } finally {
    await target.delete();
  }
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
